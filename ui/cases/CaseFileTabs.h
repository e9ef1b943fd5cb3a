#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace baken::ui {

class CaseContext;

// One tab of the case file: it shows a part of one registered case and
// adds to it through CaseService. Per case these lists hold tens of rows,
// so each tab reads its rows whole when the case is shown.
class CaseFileTab : public QWidget {
    Q_OBJECT

public:
    CaseFileTab(CaseContext &context, QWidget *parent);
    void setCase(qint64 caseId);
    virtual void refresh() = 0;

Q_SIGNALS:
    // Something in the case changed (its status may have too).
    void caseChanged();

protected:
    void showMessage(const QString &message);
    QTreeWidget *makeList(const QString &accessibleName, const QStringList &headers);

    CaseContext &m_context;
    qint64 m_caseId = 0;
    QLabel *m_message;
};

class TimelineTab final : public CaseFileTab {
    Q_OBJECT

public:
    explicit TimelineTab(CaseContext &context, QWidget *parent = nullptr);
    void refresh() override;
    QTreeWidget *list() const { return m_list; }
    void addContact();

private:
    void editContact();
    void showRevisions();
    void updateButtons();

    QTreeWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_revisions;
};

class FollowUpsTab final : public CaseFileTab {
    Q_OBJECT

public:
    explicit FollowUpsTab(CaseContext &context, QWidget *parent = nullptr);
    void refresh() override;

private:
    void add();
    void markDone();

    QTreeWidget *m_list;
    QLineEdit *m_title;
    QDateEdit *m_due;
    QComboBox *m_kind;
    QPushButton *m_done;
};

class HoursTab final : public CaseFileTab {
    Q_OBJECT

public:
    explicit HoursTab(CaseContext &context, QWidget *parent = nullptr);
    void refresh() override;

private:
    void add();

    QTreeWidget *m_list;
    QDateEdit *m_date;
    QLineEdit *m_duration;
    QComboBox *m_activity;
    QLabel *m_total;
};

class ReferralsTab final : public CaseFileTab {
    Q_OBJECT

public:
    explicit ReferralsTab(CaseContext &context, QWidget *parent = nullptr);
    void refresh() override;

private:
    void add();

    QTreeWidget *m_list;
    QComboBox *m_body;
    QDateEdit *m_date;
    QCheckBox *m_shares;
    QCheckBox *m_consent;
    QLineEdit *m_note;
};

class HistoryTab final : public CaseFileTab {
    Q_OBJECT

public:
    explicit HistoryTab(CaseContext &context, QWidget *parent = nullptr);
    void refresh() override;

private:
    QTreeWidget *m_list;
};

// "90", "1:30" and "1.5" h as minutes; nullopt when it is none of these.
std::optional<int> parseMinutes(const QString &text);
// 90 as "1:30".
QString formatMinutes(int minutes);
// A label for `field`, its buddy, so Alt+letter reaches the field.
QLabel *buddyLabel(const QString &text, QWidget *field);

} // namespace baken::ui
