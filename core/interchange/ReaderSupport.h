#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QStringList>

// What every part of the interchange reader shares: the translation context
// of its messages and the shape of a refusal.
namespace baken::interchange {

// The translation context of the reader's messages (lupdate needs a class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(baken::Interchange)
};

inline Error invalid(const QString &problem)
{
    return Error{ErrorCode::InvalidInput, problem};
}

// The stored keys of an enum's values, for "expected one of ..." messages.
template<typename E>
QStringList keysOf(const QList<E> &values)
{
    QStringList out;
    for (const E value : values)
        out << toKey(value);
    return out;
}

} // namespace baken::interchange
