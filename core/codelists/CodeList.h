#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace baken {

// The code lists every module shares. The stable string key is what the
// vault and the interchange format store; labels can change freely.
enum class CodeList {
    Grounds,  // grounds of discrimination
    Forms,    // forms of undesirable behaviour
    Channels, // how a report or consultation came in
    ReporterRoles,
    AccusedRoles,
    ReferralBodies,
    Measures,
    Units,
    // Since schema version 2 (case files):
    Outcomes,   // how a closed case ended
    Activities, // what hours were spent on
    Clients,    // client organisations, for the monthly hours export
    // Since schema version 3 (the doubt line):
    DoubtLineStaff, // the colleagues who staff the doubt line
    Advice,         // advice the doubt line gives
    // Since schema version 4 (peer-support groups):
    GroupFacilitators, // the people who run groups
};

QList<CodeList> allCodeLists();
QString codeListKey(CodeList list);
std::optional<CodeList> codeListFromKey(const QString &key);
// The list's name in the current UI language.
QString codeListTitle(CodeList list);

struct CodeItem {
    qint64 id = 0;
    CodeList list = CodeList::Grounds;
    QString code; // stable, e.g. "religion"
    QString labelNl;
    QString labelEn;
    int position = 0;
    bool builtin = false;
    bool retired = false;

    // The label in the language of the running UI ("nl" or "en").
    QString label(const QString &language) const { return language == u"en" ? labelEn : labelNl; }
};

} // namespace baken
