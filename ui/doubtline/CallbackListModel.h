#pragma once

#include "doubtline/Consultation.h"

#include <QAbstractTableModel>

namespace baken::ui {

class DoubtLineContext;

// The open callbacks of the doubt line, oldest due first: when, the contact
// detail to call back on, and the question for context. The contact is the
// only personal data of a consultation and is erased once the callback is done.
class CallbackListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DueColumn, ContactColumn, QuestionColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole };

    explicit CallbackListModel(DoubtLineContext &context, QObject *parent = nullptr);

    void reload();
    QString errorText() const { return m_error; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DoubtLineContext &m_context;
    QList<Consultation> m_rows;
    QString m_error;
};

} // namespace baken::ui
