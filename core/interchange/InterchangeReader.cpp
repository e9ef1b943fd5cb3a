// The document's frame: format, version, settings, code lists, and the list
// of cases (each read in InterchangeCaseReader.cpp).
#include "InterchangeReader.h"

#include "InterchangeFormat.h"
#include "ReaderSupport.h"
#include "codelists/CodeListService.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace baken::interchange {

namespace {

// The codes Baken makes (CodeListDefaults, CodeListService's slugs).
bool isWellFormedCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return pattern.match(code).hasMatch();
}

// The format version that introduced a list; an older document that has it
// is refused like any other key its version does not define.
int sinceVersion(CodeList list)
{
    switch (list) {
    case CodeList::DoubtLineStaff:
    case CodeList::Advice:
        return DoubtLineVersion;
    case CodeList::GroupFacilitators:
        return GroupsVersion;
    default:
        return 1;
    }
}

void readCodeList(Fields &lists, CodeList list, QList<CodeItem> &out)
{
    const QString listKey = codeListKey(list);
    const QByteArray name = listKey.toLatin1();
    const QJsonArray items = lists.array(QLatin1String(name));
    for (qsizetype i = 0; i < items.size() && !lists.failed(); ++i) {
        Fields f = lists.nested(items.at(i), QStringLiteral("codeLists.%1[%2]").arg(listKey).arg(i));
        CodeItem item;
        item.list = list;
        item.code = f.text(key::Code, 64);
        item.labelNl = f.text(key::LabelNl, CodeListService::MaxLabelLength);
        item.labelEn = f.text(key::LabelEn, CodeListService::MaxLabelLength);
        item.retired = f.flag(key::Retired);
        item.builtin = f.flag(key::Builtin);
        f.finish();
        if (f.failed())
            return;
        if (!isWellFormedCode(item.code))
            f.fail(Text::tr("\"code\" must be 1 to 64 lower-case letters, digits or underscores"));
        if (item.labelNl.trimmed().isEmpty() || item.labelEn.trimmed().isEmpty())
            f.fail(Text::tr("the item needs a name in Dutch and in English"));
        for (const CodeItem &other : out) {
            if (other.code == item.code)
                f.fail(Text::tr("the code \"%1\" appears twice in this list").arg(item.code));
            else if (other.labelNl.compare(item.labelNl, Qt::CaseInsensitive) == 0
                     || other.labelEn.compare(item.labelEn, Qt::CaseInsensitive) == 0)
                f.fail(Text::tr("another item of this list has the same name"));
        }
        out << item;
    }
}

} // namespace

Status readHeader(const QJsonObject &root, Document &doc)
{
    QString problem;
    Fields f(root, Text::tr("the file"), problem);
    if (root.value(key::Format) != QJsonValue(FormatName))
        return invalid(
            Text::tr("This is not a Baken interchange file (its \"format\" is not \"%1\").").arg(FormatName));
    const QJsonValue version = root.value(key::Version);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return invalid(Text::tr("The file's \"version\" must be a whole number from 1 on."));
    if (version.toInt() > FormatVersion)
        return Error{ErrorCode::NewerVersion,
                     Text::tr("The file was written by a newer Baken (format version %1); this Baken reads version %2. "
                              "Update Baken, then import it.")
                         .arg(version.toInt())
                         .arg(FormatVersion)};
    f.choice(key::Format, {FormatName});
    doc.version = f.integer(key::Version, 1, FormatVersion);
    doc.exportedAt = f.time(key::ExportedAt, false);
    f.array(key::Cases); // read in readCases(), once codes can be resolved
    if (doc.version >= DoubtLineVersion) {
        f.array(key::Consultations); // read in readDoubtLine(), after the cases they link to
        f.array(key::ReferralGuide);
    }
    if (doc.version >= GroupsVersion)
        f.array(key::Groups); // read in readGroups(), after what participants link to

    Fields settings = f.nested(f.object(key::Settings), QStringLiteral("settings"));
    if (settings.contains(key::RetentionMonths))
        doc.retentionMonths = settings.integer(key::RetentionMonths, 1, 1200);
    settings.finish();

    Fields lists = f.nested(f.object(key::CodeLists), QStringLiteral("codeLists"));
    for (const CodeList list : allCodeLists())
        if (lists.contains(QLatin1String(codeListKey(list).toLatin1())) && sinceVersion(list) <= doc.version)
            readCodeList(lists, list, doc.codeLists[list]);
    lists.finish();
    f.finish();
    if (f.failed())
        return invalid(problem);
    return {};
}

Status readCases(const QJsonObject &root, const CodeResolver &codes, Document &doc)
{
    const QJsonArray cases = root.value(key::Cases).toArray();
    QSet<QString> numbers;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QString problem;
        Fields f(cases.at(i), QStringLiteral("cases[%1]").arg(i), problem);
        CaseBundle bundle = readCase(f, int(i), codes);
        if (!f.failed() && !bundle.file.draft && numbers.contains(bundle.file.number))
            f.fail(Text::tr("the file holds two cases with this number"));
        if (f.failed())
            return invalid(problem);
        numbers.insert(bundle.file.number);
        doc.cases << bundle;
    }
    return {};
}

} // namespace baken::interchange
