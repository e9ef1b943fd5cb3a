#pragma once

#include "doubtline/Consultation.h"

#include <QAbstractTableModel>

namespace baken::ui {

class DoubtLineContext;

// The consultations and non-data contacts of one day, newest first, for the
// shift view: time, channel, assessment and outcome. A shift holds tens of
// rows, so the day is read whole; the question text is not shown.
// With a search text it lists instead the consultations of every day whose
// question holds the typed words, newest first, with the date and the
// question (what was typed is in it); those are fetched a page at a time,
// as the view scrolls, since a first letter finds most of ten years.
class ConsultationListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    // ColumnCount: the columns of a day; a search adds the question after them.
    enum Column {
        TimeColumn,
        ChannelColumn,
        AssessmentColumn,
        OutcomeColumn,
        ColumnCount,
        QuestionColumn = ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, NonDataRole };

    explicit ConsultationListModel(DoubtLineContext &context, QObject *parent = nullptr);

    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    // Empty: the day's list again.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    bool isSearching() const { return !m_search.isEmpty(); }
    // Every match of the search (the rows so far may be fewer), or the day's rows.
    int totalCount() const { return isSearching() ? m_total : static_cast<int>(m_rows.size()); }
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int PageSize = 100;

private:
    QString display(const Consultation &c, int column) const;

    DoubtLineContext &m_context;
    QDate m_day;
    QString m_search; // trimmed
    int m_total = 0;
    QList<Consultation> m_rows;
    QString m_error;
};

} // namespace baken::ui
