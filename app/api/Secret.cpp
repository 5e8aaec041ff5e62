#include "Secret.h"

#include <utility>

namespace cockpit {

bool Secret::zero(QString &text)
{
    // Only memory this QString owns alone; a shared buffer belongs to other copies too.
    if (text.isEmpty() || !text.isDetached())
        return false;
    volatile char16_t *raw = reinterpret_cast<volatile char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        raw[i] = u'\0';
    return true;
}

bool Secret::zero(QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached())
        return false;
    volatile char *raw = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        raw[i] = '\0';
    return true;
}

void Secret::overwrite(QString &text)
{
    zero(text);
    text = QString();
}

void Secret::overwrite(QByteArray &bytes)
{
    zero(bytes);
    bytes = QByteArray();
}

Secret::Secret(QString value)
    : m_value(std::move(value))
{
}

Secret::Secret(Secret &&other) noexcept
    : m_value(std::exchange(other.m_value, QString()))
{
}

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        overwrite(m_value);
        m_value = other.m_value;
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        overwrite(m_value);
        m_value = std::exchange(other.m_value, QString());
    }
    return *this;
}

Secret::~Secret()
{
    overwrite(m_value);
}

void Secret::clear()
{
    overwrite(m_value);
}

} // namespace cockpit
