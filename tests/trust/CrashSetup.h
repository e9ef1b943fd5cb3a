#pragma once

#include "base/Result.h"

#include <QString>

// What the crash test prepares once per run (crash_driver.cpp): a template
// vault keyed with the cheap test KDF that each generation of kills starts
// from, and the files crash_child imports into it.
namespace baken::trust {

inline QString firstPassphrase()
{
    return QStringLiteral("lantern orbit velvet crocus tambourine");
}

inline QString secondPassphrase()
{
    return QStringLiteral("harbour quartz meadow violin pebble");
}

// In `root`: template.baken (a doubt-line staff member, roll-up keys),
// import.json (an interchange document of two consultations) and
// rollup-NN.pkg (monthly roll-up packages sealed to the template vault).
// The cheap test KDF must be on.
Status prepareTemplate(const QString &root);

// A fresh working folder for one generation of kills: `dir`/crash.baken
// (a copy of the template, opened by firstPassphrase()), the import files,
// and an empty backups/ folder.
Status prepareGeneration(const QString &root, const QString &dir);

} // namespace baken::trust
