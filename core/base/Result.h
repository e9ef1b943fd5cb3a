#pragma once

#include "Error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace baken {

// A value or an Error, the one error style of every core API (a small
// std::expected until the project moves to C++23).
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    // By value, so `for (auto &x : *call())` does not outlive the temporary.
    T value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_data));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }
    ErrorCode code() const { return error().code; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        assert(m_failed);
        return m_error;
    }
    ErrorCode code() const { return error().code; }

private:
    Error m_error{ErrorCode::Database, {}};
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace baken
