#pragma once

#include "base/Result.h"

#include <QDate>

namespace baken {

class Vault;

// Invented doubt-line contacts for the demo vault: a year up to `today`, on
// working days mostly, taken by five colleagues in shifts; about one in ten
// a silent, hung-up, abusive or test call; a few callbacks still open (with
// obviously fake numbers, 06-000000xx); some consultations linked to the
// demo cases that followed them, and the latest hand-overs still drafts.
// The same every time for the same day. Call after DemoCases::add().
struct DemoConsultations {
    // Returns how many contacts were logged.
    static Result<int> add(Vault &vault, const QDate &today = QDate::currentDate());
};

} // namespace baken
