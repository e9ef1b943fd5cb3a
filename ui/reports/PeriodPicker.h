#pragma once

#include "summary/Summary.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace baken::ui {

// A year, a quarter, a month or a range of months, as a coordinator asks
// for figures. Emits periodChanged only for a period parsePeriod accepts;
// otherwise it says what is wrong beside the fields.
class PeriodPicker final : public QWidget {
    Q_OBJECT

public:
    enum Kind { Year, Quarter, Month, Range };

    explicit PeriodPicker(QWidget *parent = nullptr);

    summary::Period period() const { return m_period; }
    void setPeriod(const summary::Period &period);
    QComboBox *kindCombo() const { return m_kind; }
    // The period an annual report is usually made of on `today`: the past
    // year in its first quarter, when the annual reports are written,
    // otherwise the current year so far.
    static summary::Period defaultPeriod(const QDate &today);

Q_SIGNALS:
    void periodChanged(const summary::Period &period);

private:
    void showFields();
    void readFields();

    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    QComboBox *m_month;
    QDateEdit *m_from;
    QLabel *m_until;
    QDateEdit *m_to;
    QLabel *m_error;
    summary::Period m_period;
    bool m_setting = false;
};

} // namespace baken::ui
