#include "CsvChoices.h"

#include "cases/CaseTypes.h"
#include "codelists/CodeListStore.h"
#include "i18n/Translations.h"

namespace baken::csv {

namespace {

// The words spreadsheets use for the case types and statuses, besides the
// labels Baken shows. "open" is a case being worked on.
struct FixedWords {
    int value;
    std::initializer_list<const char *> words;
};

const FixedWords TypeWords[] = {
    {int(CaseType::Question), {"vraag", "advies", "vraag of advies", "vraag advies", "question", "advice"}},
    {int(CaseType::Signal), {"signaal", "signal"}},
    {int(CaseType::Report), {"melding", "integriteitsmelding", "melding integriteit", "report"}},
    {int(CaseType::Complaint), {"klacht", "complaint"}},
};

const FixedWords StatusWords[] = {
    {int(CaseStatus::New), {"nieuw", "new"}},
    {int(CaseStatus::InProgress), {"in behandeling", "lopend", "open", "bezig", "in progress", "ongoing"}},
    {int(CaseStatus::Referred), {"doorverwezen", "referred"}},
    {int(CaseStatus::Closed), {"gesloten", "afgesloten", "afgerond", "closed", "done", "finished"}},
};

} // namespace

Result<Choices> Choices::load(const CodeListStore &codes)
{
    Choices out;
    const auto add = [&out](Field field, const Choice &choice, const QStringList &names) {
        out.add(field, choice, names);
    };
    const QString language = currentLanguage();
    for (const Field field : allFields()) {
        const auto list = codeListOf(field);
        if (!list)
            continue;
        auto items = codes.items(*list, true);
        if (!items)
            return items.error();
        // Active items first, so a label shared with a retired one finds the active one.
        std::stable_sort(items->begin(), items->end(),
                         [](const CodeItem &a, const CodeItem &b) { return !a.retired && b.retired; });
        for (const CodeItem &item : std::as_const(*items))
            add(field, Choice{item.id, item.code, item.label(language)}, {item.labelNl, item.labelEn, item.code});
    }
    for (const CaseType type : allCaseTypes()) {
        QStringList names{label(type), toKey(type)};
        for (const FixedWords &w : TypeWords)
            if (w.value == int(type))
                for (const char *word : w.words)
                    names << QString::fromUtf8(word);
        add(Field::Type, Choice{int(type), toKey(type), label(type)}, names);
    }
    for (const CaseStatus status : allCaseStatuses()) {
        QStringList names{toKey(status)};
        bool importable = false;
        for (const FixedWords &w : StatusWords) {
            if (w.value != int(status))
                continue;
            importable = true;
            for (const char *word : w.words)
                names << QString::fromUtf8(word);
        }
        // A reopened case has a history a spreadsheet does not hold.
        if (importable)
            add(Field::Status, Choice{int(status), toKey(status), label(status)}, names << label(status));
    }
    return out;
}

void Choices::add(Field field, const Choice &choice, const QStringList &names)
{
    QList<Choice> &list = m_choices[field];
    QHash<QString, qsizetype> &index = m_names[field];
    for (const QString &name : names) {
        const QString key = normalized(name);
        if (!key.isEmpty() && !index.contains(key))
            index.insert(key, list.size());
    }
    list << choice;
}

QList<Choice> Choices::choices(Field field) const
{
    return m_choices.value(field);
}

std::optional<Choice> Choices::match(Field field, const QString &cell) const
{
    const auto index = m_names.constFind(field);
    if (index == m_names.cend())
        return std::nullopt;
    const auto found = index->constFind(normalized(cell));
    if (found == index->cend())
        return std::nullopt;
    return m_choices.value(field).at(*found);
}

std::optional<Choice> Choices::byCode(Field field, const QString &code) const
{
    for (const Choice &choice : m_choices.value(field))
        if (choice.code == code)
            return choice;
    return std::nullopt;
}

} // namespace baken::csv
