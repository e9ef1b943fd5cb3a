#pragma once

#include "doubtline/Consultation.h"

#include <QAbstractTableModel>

namespace baken::ui {

class DoubtLineContext;

// The consultations and non-data contacts of one day, newest first, for the
// shift view: time, channel, assessment and outcome. A shift holds tens of
// rows, so the day is read whole; the question text is not shown.
class ConsultationListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, ChannelColumn, AssessmentColumn, OutcomeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NonDataRole };

    explicit ConsultationListModel(DoubtLineContext &context, QObject *parent = nullptr);

    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    void reload();
    QString errorText() const { return m_error; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // "Yes", "Possibly", "No", "Unclear": short enough for a column, under
    // the header "Discrimination?".
    static QString assessmentText(Assessment assessment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const Consultation &c, int column) const;

    DoubtLineContext &m_context;
    QDate m_day;
    QList<Consultation> m_rows;
    QString m_error;
};

} // namespace baken::ui
