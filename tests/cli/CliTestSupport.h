#pragma once

#include "cli/CliApp.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace baken::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// Runs baken-cli in-process. `secrets` answer the no-echo prompts in order;
// `env` stands in for the environment. English unless --lang is given.
inline CliRun runCli(QStringList args, QStringList secrets = {}, const QMap<QString, QString> &env = {})
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CliIo io{out, err, [&](const QString &) { return secrets.isEmpty() ? QString() : secrets.takeFirst(); },
             [&](const char *name) { return env.value(QLatin1String(name)); }};
    args.prepend(QStringLiteral("baken-cli"));
    if (!args.contains(u"--lang"_qs))
        args << QStringLiteral("--lang") << QStringLiteral("en");
    result.code = CliApp(io).run(args);
    out.flush();
    err.flush();
    return result;
}

// runCli with an answer for a yes/no question (none: the question is never
// answered, as when no terminal is attached); `asked` collects the prompts.
inline CliRun runCliAnswering(QStringList args, const QMap<QString, QString> &env, std::optional<QString> answer,
                              QStringList *asked = nullptr)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CliIo io{out, err, [](const QString &) { return QString(); },
             [&](const char *name) { return env.value(QLatin1String(name)); }};
    if (answer) {
        io.readLine = [&](const QString &prompt) {
            if (asked)
                *asked << prompt;
            return *answer;
        };
    }
    args.prepend(QStringLiteral("baken-cli"));
    args << QStringLiteral("--lang") << QStringLiteral("en");
    result.code = CliApp(io).run(args);
    out.flush();
    err.flush();
    return result;
}

} // namespace baken::test
