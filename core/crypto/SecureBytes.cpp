#include "SecureBytes.h"

#include "Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace baken {

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // zeroes before releasing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::fromByteArray(const QByteArray &bytes)
{
    SecureBytes out(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out.data(), bytes.constData(), out.size());
    return out;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace baken
