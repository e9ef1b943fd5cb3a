#pragma once

#include "base/Result.h"

namespace baken {

class Vault;

// Invented peer-support groups for the demo vault, through GroupService so
// that its rules (seats, waiting list, aftercare tasks) apply for real:
// - "Racisme op de werkvloer": monthly, six sessions that began about half
//   a year ago and ended last month; one moved, one cancelled; someone left
//   with a reason; attendance; evaluation scores; the check-ins afterwards,
//   some done.
// - "Lotgenoten LHBTIQA+": online every two weeks, running now; someone
//   missed two sessions in a row (an open check-in task); one waiting.
// - "Werken met een onzichtbare beperking": starts next month, full, with a
//   waiting list.
// Three facilitators in the list group_facilitators. A few participants
// came from the demo cases and from consultations that advised a group.
// The same every time for the same day. Call after DemoConsultations::add();
// the sessions are planned around the current day, because GroupService
// checks attendance against the clock.
struct DemoGroups {
    // Returns how many participants signed up.
    static Result<int> add(Vault &vault);
};

} // namespace baken
