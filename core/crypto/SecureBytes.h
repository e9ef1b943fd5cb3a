#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace baken {

// A fixed-size buffer for key material: allocated with sodium_malloc (guard
// pages, mlock where allowed) and zeroed by sodium_free when it goes.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    bool operator==(const SecureBytes &other) const;

    // Wipes and releases now, before the destructor would.
    void clear();

    static SecureBytes fromByteArray(const QByteArray &bytes);

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes the bytes of a QByteArray in place (for passphrases converted from
// QString; the QString itself cannot be wiped reliably, see docs/security.md).
void wipe(QByteArray &bytes);

} // namespace baken
