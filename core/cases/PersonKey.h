#pragma once

#include <QString>

namespace baken {

// A name reduced to what two advisors typing the same person would share:
// lower case, no accents, no punctuation, single spaces. "J. de Vries" and
// "j de vries " both become "j de vries", so signals about one person meet.
QString personKey(const QString &name);

} // namespace baken
