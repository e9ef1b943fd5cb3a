#include "PassphraseDictionary.h"

namespace baken {

namespace {

// Common Dutch password words, place names, months and days, and the words
// of the workplace this vault serves (an attacker's first guesses).
constexpr const char *Words[] = {
    "welkom",        "wachtwoord",    "geheim",      "hallo",     "liefde",      "schat",
    "schatje",       "lieverd",       "vakantie",    "zomer",     "winter",      "lente",
    "herfst",        "voetbal",       "oranje",      "nederland", "holland",     "hollands",
    "kaas",          "fiets",         "maandag",     "dinsdag",   "woensdag",    "donderdag",
    "vrijdag",       "zaterdag",      "zondag",      "januari",   "februari",    "maart",
    "april",         "mei",           "juni",        "juli",      "augustus",    "september",
    "oktober",       "november",      "december",    "amsterdam", "rotterdam",   "utrecht",
    "denhaag",       "haag",          "eindhoven",   "groningen", "tilburg",     "almere",
    "breda",         "nijmegen",      "arnhem",      "haarlem",   "zwolle",      "leiden",
    "maastricht",    "delft",         "ajax",        "feyenoord", "psv",         "gemeente",
    "stadsdeel",     "afdeling",      "directie",    "werk",      "kantoor",     "collega",
    "collegas",      "baas",          "manager",     "team",      "vertrouwen",  "vertrouwenspersoon",
    "vertrouwelijk", "discriminatie", "racisme",     "melding",   "signaal",     "casus",
    "dossier",       "klacht",        "integriteit", "privacy",   "veilig",      "veiligheid",
    "beveiliging",   "baken",         "kluis",       "twijfel",   "twijfellijn", "lotgenoten",
    "nazorg",        "personeel",     "mens",        "mensen",    "familie",     "kinderen",
    "moeder",        "vader",         "oma",         "opa",       "hond",        "kat",
    "poes",          "konijn",        "paard",       "bloem",     "tulp",        "zon",
    "maan",          "ster",          "water",       "huis",      "thuis",       "tuin",
    "auto",          "geluk",         "gezondheid",  "sterk",     "mooi",        "lekker",
    "goed",          "beter",         "best",        "eerste",    "tweede",      "derde",
    "een",           "twee",          "drie",        "vier",      "vijf",        "zes",
    "zeven",         "acht",          "negen",       "tien",      "honderd",     "duizend",
    "koning",        "koningin",      "prinses",     "prins",     "engel",       "duivel",
    "jezus",         "allah",         "god",         "toegang",   "inloggen",    "gebruiker",
    "beheer",        "beheerder",     nullptr,
};

} // namespace

const char *const *dutchPassphraseDictionary()
{
    return Words;
}

} // namespace baken
