#pragma once

namespace baken {

// Dutch words and words from Baken's own field that an attacker would try
// first, but that libzxcvbn's English dictionaries do not know. A
// nullptr-terminated list in the form ZxcvbnMatch takes as its UserDict.
const char *const *dutchPassphraseDictionary();

} // namespace baken
