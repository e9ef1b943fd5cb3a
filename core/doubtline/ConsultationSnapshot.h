#pragma once

#include "Consultation.h"

#include <QByteArray>

namespace baken {

// A consultation as compact JSON, for the revision history inside the vault.
// The callback contact is never written: an earlier version must not keep
// personal data that the current one has erased.
QByteArray consultationSnapshot(const Consultation &c);
// The fields a snapshot holds; the rest stays default. Unknown or malformed
// input gives a default consultation rather than an error: a snapshot is
// history, not something to refuse.
Consultation consultationFromSnapshot(const QByteArray &json);

} // namespace baken
