#pragma once

#include <QString>

namespace baken::platform {

// Whether standard input is an interactive terminal.
bool stdinIsTerminal();
// Reads one line from standard input with echo switched off (when it is a
// terminal), after printing `prompt` to standard error.
QString readSecretLine(const QString &prompt);

} // namespace baken::platform
