#pragma once

#include "groups/Group.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace baken::ui {

class GroupContext;

// Signs someone up for a group by pseudonym, with an optional contact and
// where they came from (a case by its number, a doubt-line consultation, or
// themselves). They get a seat while there is one, else a place on the
// waiting list. With an existing participant it changes pseudonym and
// contact only. A refusal stays in the dialog in words.
class ParticipantDialog final : public QDialog {
    Q_OBJECT

public:
    ParticipantDialog(GroupContext &context, const Participant &participant, QWidget *parent = nullptr);

    void accept() override;

    QLineEdit *pseudonymEdit() const { return m_pseudonym; }
    QLineEdit *contactEdit() const { return m_contact; }
    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *caseEdit() const { return m_caseNumber; }
    QComboBox *consultationCombo() const { return m_consultation; }

Q_SIGNALS:
    // The participant as saved, with the state they got.
    void participantSaved(const baken::Participant &participant);

private:
    void fillConsultations();
    void updateSource();
    void showError(const QString &message);

    GroupContext &m_context;
    Participant m_participant;
    QLineEdit *m_pseudonym;
    QLineEdit *m_contact;
    QComboBox *m_source;
    QLineEdit *m_caseNumber;
    QComboBox *m_consultation;
    QLabel *m_error;
};

// Records that a member or someone waiting leaves the group: when, and why
// in a few words. A seat that frees goes to the first one waiting.
class LeaveDialog final : public QDialog {
    Q_OBJECT

public:
    LeaveDialog(GroupContext &context, const Participant &participant, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void participantLeft(qint64 participantId);

private:
    GroupContext &m_context;
    qint64 m_participantId;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace baken::ui
