#pragma once

#include "base/Result.h"
#include "codelists/CodeList.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

namespace baken {
class CaseStore;
class CodeListStore;
} // namespace baken

// Helpers of the case commands (CliCaseCommands.cpp).
namespace baken::cli {

// The date in option `name` (YYYY-MM-DD); prints a usage error if malformed.
bool parseDateOption(const QCommandLineParser &parser, const char *name, QDate &out, QTextStream &err);

// Code options take stable codes (`--ground religion`), never ids or labels.
class CodeOptions {
    Q_DECLARE_TR_FUNCTIONS(baken::CliApp)

public:
    CodeOptions(const CodeListStore &codes, const QCommandLineParser &parser, QTextStream &err)
        : m_codes(codes)
        , m_parser(parser)
        , m_err(err)
    {}
    // false (with a message) when a given code is unknown or retired; an
    // option that is not given leaves `id` at 0.
    bool one(const char *option, CodeList list, qint64 &id) const;
    bool all(const char *option, CodeList list, QList<qint64> &ids) const;

private:
    std::optional<qint64> find(const char *option, CodeList list, const QString &code) const;

    const CodeListStore &m_codes;
    const QCommandLineParser &m_parser;
    QTextStream &m_err;
};

// The case file as readable text, labels in the UI language.
Status printCaseFile(const CaseStore &cases, const CodeListStore &codes, qint64 caseId, QTextStream &out);

} // namespace baken::cli
