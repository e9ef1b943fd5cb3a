#include "IdentifyingText.h"

#include <QRegularExpression>

#include <algorithm>

namespace baken {

namespace {

// ---- folding: case and accents ignored, positions kept ----------------------

// Text folded for name matching, with the position in the original text of
// every folded character ("ß" becomes "ss": both map to the same position).
struct Folded {
    QString text;
    QList<qsizetype> origin;
};

// Letters that carry no decomposable accent but are the same letter to a
// reader who types without them (Łukasz/Lukasz, Yılmaz/Yilmaz, Søren/Soren).
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x0131: // dotless i
        return QStringLiteral("i");
    case 0x0142: // ł
    case 0x0141:
        return QStringLiteral("l");
    case 0x00F8: // ø
    case 0x00D8:
        return QStringLiteral("o");
    case 0x0111: // đ
    case 0x0110:
        return QStringLiteral("d");
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
    case 0x00C6:
        return QStringLiteral("ae");
    case 0x0153: // œ
    case 0x0152:
        return QStringLiteral("oe");
    default:
        return {};
    }
}

Folded fold(const QString &text)
{
    Folded out;
    out.text.reserve(text.size());
    out.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        QString piece = foldSpecial(c);
        if (piece.isEmpty()) {
            // Decompose (é -> e + combining acute) and keep the base letters.
            piece = QString(c).normalized(QString::NormalizationForm_D);
            piece.removeIf([](QChar p) { return p.category() == QChar::Mark_NonSpacing; });
            if (piece.isEmpty())
                piece = QString(c);
        }
        piece = piece.toCaseFolded();
        for (const QChar p : std::as_const(piece)) {
            out.text.append(p);
            out.origin.append(i);
        }
    }
    return out;
}

// ---- e-mail addresses ------------------------------------------------------

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?!\w))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// ---- phone numbers ---------------------------------------------------------

// A run of digit groups with one separator between them (none needed next
// to a bracket: "+31 (0)6"); isPhoneNumber() decides which part is a number.
const QRegularExpression &phoneRunPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.,/+-])\+?\(?\d+\)?(?:(?: ?[-./] ?| |(?<=\))|(?=\())\(?\d+\)?)*(?!\w))"));
    return re;
}

const QRegularExpression &groupPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\+?\(?\d+\)?)"));
    return re;
}

// A date inside the run: 12-03-2026, 1.3.2026, 06 12 2026.
const QRegularExpression &datePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\b\d{1,2} ?[-./ ] ?\d{1,2} ?[-./ ] ?(?:19|20)\d\d\b)"));
    return re;
}

struct Group {
    qsizetype start = 0;
    qsizetype end = 0;
};

QString digitsOf(QStringView text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out.append(c);
    return out;
}

// `text` spans whole groups; `first` is the first group's text.
bool isPhoneNumber(QStringView text, QStringView first)
{
    const QString digits = digitsOf(text);
    if (text.startsWith(u'+') || digits.startsWith(u"00")) {
        QString international = text.startsWith(u'+') ? digits : digits.mid(2);
        if (international.isEmpty() || international.startsWith(u'0'))
            return false;
        if (international.startsWith(u"31")) {
            // +31 6 12345678, also written +31 (0)6 12345678.
            QString national = international.mid(2);
            if (national.startsWith(u'0'))
                national.remove(0, 1);
            return national.size() == 9 && !national.startsWith(u'0');
        }
        return international.size() >= 8 && international.size() <= 15;
    }
    // Dutch national numbers: ten digits, area code 06, 0xx or 0xxx written
    // as its own group (06-12345678, 010-1234567, 0591 123456) or no groups.
    if (digits.size() != 10 || !digits.startsWith(u'0') || digits.at(1) == u'0')
        return false;
    if (datePattern().match(text).hasMatch())
        return false;
    const QString area = digitsOf(first);
    if (area.size() == 10)
        return true;
    if (area.size() == 2)
        return area == u"06";
    return area.size() == 3 || area.size() == 4;
}

// No number is written in more groups than "+31 (0)6 12 34 56 78"; the limit
// keeps a long run of figures from costing quadratic time.
constexpr qsizetype MaxGroups = 8;

void findPhones(const QString &text, QList<IdentifyingMatch> &out)
{
    auto runs = phoneRunPattern().globalMatch(text);
    while (runs.hasNext()) {
        const auto run = runs.next();
        QList<Group> groups;
        auto parts = groupPattern().globalMatch(text, run.capturedStart());
        while (parts.hasNext()) {
            const auto part = parts.next();
            if (part.capturedStart() >= run.capturedEnd())
                break;
            groups.append({part.capturedStart(), part.capturedEnd()});
        }
        // The longest number from each starting group; what is left of the
        // run ("2026 06-12345678", two numbers in a row) is tried again.
        qsizetype i = 0;
        while (i < groups.size()) {
            bool found = false;
            for (qsizetype j = std::min(groups.size(), i + MaxGroups) - 1; j >= i; --j) {
                const qsizetype start = groups[i].start;
                const qsizetype end = groups[j].end;
                const QStringView candidate = QStringView(text).mid(start, end - start);
                const QStringView first = QStringView(text).mid(start, groups[i].end - start);
                if (isPhoneNumber(candidate, first)) {
                    out.append({IdentifyingMatch::Kind::Phone, candidate.toString(), start, end - start});
                    i = j + 1;
                    found = true;
                    break;
                }
            }
            if (!found)
                ++i;
        }
    }
}

// ---- names -----------------------------------------------------------------

QRegularExpression namesPattern(const QStringList &names)
{
    QStringList alternatives;
    for (const QString &name : names) {
        const QString folded = fold(name.simplified()).text;
        if (folded.isEmpty())
            continue;
        // Words of a multi-word name may be split by any white space.
        QStringList words = folded.split(u' ');
        for (QString &word : words)
            word = QRegularExpression::escape(word);
        alternatives.append(words.join(QStringLiteral("\\s+")));
    }
    if (alternatives.isEmpty())
        return {};
    // Longest first, so that "van den Berg" wins over "Berg".
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    alternatives.removeDuplicates();
    return QRegularExpression(QStringLiteral("(?<![\\w])(?:") + alternatives.join(u'|') + QStringLiteral(")(?![\\w])"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

void findNames(const QString &text, const QStringList &names, QList<IdentifyingMatch> &out)
{
    // The form checks on every edit with the same list: build the pattern once.
    thread_local QStringList cachedNames;
    thread_local QRegularExpression cachedPattern;
    if (names != cachedNames || cachedPattern.pattern().isEmpty()) {
        cachedNames = names;
        cachedPattern = namesPattern(names);
    }
    const QRegularExpression &re = cachedPattern;
    if (!re.isValid() || re.pattern().isEmpty())
        return;
    const Folded folded = fold(text);
    auto it = re.globalMatch(folded.text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength() == 0)
            continue;
        const qsizetype start = folded.origin.at(m.capturedStart());
        const qsizetype end = folded.origin.at(m.capturedEnd() - 1) + 1;
        out.append({IdentifyingMatch::Kind::Name, text.mid(start, end - start), start, end - start});
    }
}

bool overlaps(const IdentifyingMatch &a, const IdentifyingMatch &b)
{
    return a.position < b.position + b.length && b.position < a.position + a.length;
}

} // namespace

QList<IdentifyingMatch> findIdentifying(const QString &text, const QStringList &names)
{
    QList<IdentifyingMatch> out;
    auto emails = emailPattern().globalMatch(text);
    while (emails.hasNext()) {
        const auto m = emails.next();
        out.append({IdentifyingMatch::Kind::Email, m.captured(), m.capturedStart(), m.capturedLength()});
    }
    // A number or a name inside an address is already part of the address.
    QList<IdentifyingMatch> more;
    findPhones(text, more);
    findNames(text, names, more);
    for (const IdentifyingMatch &m : std::as_const(more)) {
        const bool inside = std::any_of(out.cbegin(), out.cend(), [&](const auto &o) { return overlaps(o, m); });
        if (!inside)
            out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
    return out;
}

QStringList defaultIdentifyingNames()
{
    // Common names across the backgrounds of people working in Dutch cities.
    // Left out on purpose: names that are ordinary Dutch words and would warn
    // all day (Bos, Vos, Kok, Wit, Zwart, Roos, Prins, Koning, de Lange, Maas)
    // and "Jan", which is also the abbreviation of januari.
    static const char *const names[] = {
        // Dutch first names
        "Peter", "Mark", "Thomas", "Daan", "Sem", "Lucas", "Levi", "Bram", "Thijs", "Ruben", "Jeroen", "Martijn",
        "Wouter", "Dennis", "Sander", "Bart", "Niels", "Stefan", "Erik", "Kees", "Henk", "Willem", "Johan", "Marco",
        "Robert", "Joost", "Emma", "Julia", "Sophie", "Anna", "Tess", "Lisa", "Sanne", "Femke", "Anouk", "Lotte", "Eva",
        "Laura", "Marieke", "Linda", "Monique", "Sandra", "Ingrid", "Esther", "Petra", "Karin", "Ilse", "Inge",
        "Mirjam", "Saskia", "Yvonne", "Manon", "Maaike",
        // Dutch surnames
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "de Groot", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Dijkstra", "Smits",
        "de Graaf", "van der Meer", "van der Linden", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
        "van der Veen", "van den Broek", "de Bruijn", "van der Heijden", "Schouten", "van Beek", "Willems", "Hoekstra",
        "Verhoeven", "van Dam", "Kuipers", "Postma", "Hermans",
        // Moroccan-Dutch
        "Mohamed", "Mohammed", "Ahmed", "Youssef", "Hamza", "Bilal", "Ilias", "Ayoub", "Khalid", "Rachid", "Karim",
        "Nadia", "Fatima", "Khadija", "Samira", "Naima", "Salma", "Imane", "Nour", "El Amrani", "Benali", "Bouzid",
        "El Idrissi", "Tahiri", "Azzouzi", "El Khatib",
        // Turkish-Dutch
        "Mehmet", "Ahmet", "Mustafa", "Emre", "Murat", "Hasan", "Hüseyin", "Ali", "Yusuf", "Burak", "Ayşe", "Fatma",
        "Elif", "Zeynep", "Emine", "Merve", "Büşra", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk",
        "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç",
        // Surinamese-Dutch and Antillean-Dutch
        "Ramdin", "Jagessar", "Mahabier", "Baldew", "Ramsaran", "Pinas", "Landveld", "Sedney", "Wijngaarde",
        "Kasanmoentalib", "Jermaine", "Priya",
        // Polish
        "Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz", "Michał", "Agnieszka", "Katarzyna", "Małgorzata", "Kowalski",
        "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Lewandowski",
        // Newer arrivals (Syrian, Eritrean)
        "Omar", "Abdullah", "Yasmin", "Tesfay"};
    QStringList out;
    for (const char *name : names)
        out.append(QString::fromUtf8(name));
    return out;
}

} // namespace baken
