#pragma once

#include "jsonerror.h"

#include <utility>
#include <variant>

/// A value or a JsonError. Small stand-in for std::expected (C++23).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(JsonError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const JsonError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, JsonError> m_data;
};
