#include "PeriodPicker.h"

#include "summary/Period.h"
#include "widgets/Tone.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

namespace baken::ui {

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_quarter(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_until(new QLabel(tr("to"), this))
    , m_to(new QDateEdit(this))
    , m_error(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("periodKindCombo"));
    m_kind->addItems({tr("Year"), tr("Quarter"), tr("Month"), tr("Range of months")});
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->setToolTip(tr("Whether the figures cover a year, a quarter, a month or a range of months."));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setAccessibleName(tr("Year"));
    m_year->setAccessibleDescription(tr("The year of the figures."));
    m_quarter->addItems({tr("1st quarter"), tr("2nd quarter"), tr("3rd quarter"), tr("4th quarter")});
    m_quarter->setAccessibleName(tr("Quarter"));
    m_quarter->setAccessibleDescription(tr("The quarter of the chosen year."));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(locale.standaloneMonthName(month));
    m_month->setAccessibleName(tr("Month"));
    m_month->setAccessibleDescription(tr("The month of the chosen year."));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
        edit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    }
    m_from->setObjectName(QStringLiteral("fromMonthEdit"));
    m_to->setObjectName(QStringLiteral("toMonthEdit"));
    m_from->setAccessibleName(tr("First month"));
    m_to->setAccessibleName(tr("Last month"));
    m_from->setAccessibleDescription(tr("The first month of the range."));
    m_to->setAccessibleDescription(tr("The last month of the range."));
    setTone(m_error, Tone::Problem);
    m_error->setObjectName(QStringLiteral("periodError"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_year, m_quarter, m_month, m_from, m_until, m_to})
        layout->addWidget(w);
    layout->addWidget(m_error, 1);
    setFocusProxy(m_kind);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showFields();
        readFields();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodPicker::readFields);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &PeriodPicker::readFields);
    connect(m_month, &QComboBox::currentIndexChanged, this, &PeriodPicker::readFields);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::readFields);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::readFields);
    setPeriod(defaultPeriod(QDate::currentDate()));
}

summary::Period PeriodPicker::defaultPeriod(const QDate &today)
{
    const int year = today.month() <= 3 ? today.year() - 1 : today.year();
    return {year, 1, year, 12};
}

void PeriodPicker::setPeriod(const summary::Period &p)
{
    m_setting = true;
    const bool oneYear = p.fromYear == p.toYear;
    Kind kind = Range;
    if (oneYear && p.fromMonth == 1 && p.toMonth == 12)
        kind = Year;
    else if (oneYear && p.fromMonth == p.toMonth)
        kind = Month;
    else if (oneYear && p.fromMonth % 3 == 1 && p.toMonth == p.fromMonth + 2)
        kind = Quarter;
    m_kind->setCurrentIndex(kind);
    m_year->setValue(p.fromYear);
    m_quarter->setCurrentIndex((p.fromMonth - 1) / 3);
    m_month->setCurrentIndex(p.fromMonth - 1);
    m_from->setDate(QDate(p.fromYear, p.fromMonth, 1));
    m_to->setDate(QDate(p.toYear, p.toMonth, 1));
    m_setting = false;
    showFields();
    readFields();
}

void PeriodPicker::showFields()
{
    const int kind = m_kind->currentIndex();
    m_year->setVisible(kind != Range);
    m_quarter->setVisible(kind == Quarter);
    m_month->setVisible(kind == Month);
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_until, m_to})
        w->setVisible(kind == Range);
}

void PeriodPicker::readFields()
{
    if (m_setting)
        return;
    const int year = m_year->value();
    summary::Period p{year, 1, year, 12};
    switch (m_kind->currentIndex()) {
    case Quarter:
        p.fromMonth = m_quarter->currentIndex() * 3 + 1;
        p.toMonth = p.fromMonth + 2;
        break;
    case Month:
        p.fromMonth = p.toMonth = m_month->currentIndex() + 1;
        break;
    case Range:
        p = {m_from->date().year(), m_from->date().month(), m_to->date().year(), m_to->date().month()};
        break;
    default:
        break;
    }
    // The same checks as baken-cli's --period, with the same words.
    auto checked = summary::parsePeriod(summary::periodKey(p));
    m_error->setText(checked ? QString() : checked.error().message);
    if (!checked || *checked == m_period)
        return;
    m_period = *checked;
    Q_EMIT periodChanged(m_period);
}

} // namespace baken::ui
