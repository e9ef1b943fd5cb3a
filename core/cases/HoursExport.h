#pragma once

#include "base/Result.h"

class QIODevice;

namespace baken {

class Database;

// The monthly hours of one client organisation as CSV for invoicing: case
// numbers and hours only (no names, no text, no dates finer than the month).
// Written to any QIODevice: a QBuffer in tests, a QSaveFile in the app.
Status writeMonthlyHoursCsv(Database &db, int year, int month, qint64 clientId, QIODevice &out);

} // namespace baken
