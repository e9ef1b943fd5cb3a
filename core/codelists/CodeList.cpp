#include "CodeList.h"

#include <QCoreApplication>

#include <array>

namespace baken {

namespace {

struct ListInfo {
    CodeList list;
    const char *key;
    const char *title;
};

constexpr std::array<ListInfo, 14> Lists = {{
    {CodeList::Grounds, "grounds", QT_TRANSLATE_NOOP("baken::CodeList", "Grounds of discrimination")},
    {CodeList::Forms, "forms", QT_TRANSLATE_NOOP("baken::CodeList", "Forms of behaviour")},
    {CodeList::Channels, "channels", QT_TRANSLATE_NOOP("baken::CodeList", "Channels")},
    {CodeList::ReporterRoles, "reporter_roles", QT_TRANSLATE_NOOP("baken::CodeList", "Reporter roles")},
    {CodeList::AccusedRoles, "accused_roles", QT_TRANSLATE_NOOP("baken::CodeList", "Roles of the accused")},
    {CodeList::ReferralBodies, "referral_bodies", QT_TRANSLATE_NOOP("baken::CodeList", "Referral bodies")},
    {CodeList::Measures, "measures", QT_TRANSLATE_NOOP("baken::CodeList", "Measures")},
    {CodeList::Units, "units", QT_TRANSLATE_NOOP("baken::CodeList", "Units")},
    {CodeList::Outcomes, "outcomes", QT_TRANSLATE_NOOP("baken::CodeList", "Outcomes")},
    {CodeList::Activities, "activities", QT_TRANSLATE_NOOP("baken::CodeList", "Activities")},
    {CodeList::Clients, "clients", QT_TRANSLATE_NOOP("baken::CodeList", "Client organisations")},
    {CodeList::DoubtLineStaff, "doubt_line_staff", QT_TRANSLATE_NOOP("baken::CodeList", "Doubt-line staff")},
    {CodeList::Advice, "advice", QT_TRANSLATE_NOOP("baken::CodeList", "Advice")},
    {CodeList::GroupFacilitators, "group_facilitators", QT_TRANSLATE_NOOP("baken::CodeList", "Group facilitators")},
}};

} // namespace

QList<CodeList> allCodeLists()
{
    QList<CodeList> out;
    for (const auto &info : Lists)
        out << info.list;
    return out;
}

QString codeListKey(CodeList list)
{
    for (const auto &info : Lists)
        if (info.list == list)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<CodeList> codeListFromKey(const QString &key)
{
    for (const auto &info : Lists)
        if (key == QLatin1String(info.key))
            return info.list;
    return std::nullopt;
}

QString codeListTitle(CodeList list)
{
    for (const auto &info : Lists)
        if (info.list == list)
            return QCoreApplication::translate("baken::CodeList", info.title);
    return {};
}

} // namespace baken
