#include "Secret.h"

#include <utility>

namespace cockpit {
namespace {

void wipe(QString &value)
{
    // Only overwrite memory this QString owns alone; a shared buffer belongs to other copies too.
    if (!value.isEmpty() && !value.isDetached()) {
        value = QString();
        return;
    }
    if (!value.isEmpty()) {
        QChar *data = value.data();
        volatile char16_t *raw = reinterpret_cast<volatile char16_t *>(data);
        for (qsizetype i = 0; i < value.size(); ++i)
            raw[i] = u'\0';
    }
    value = QString();
}

} // namespace

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
        wipe(m_value);
        m_value = other.m_value;
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe(m_value);
        m_value = std::exchange(other.m_value, QString());
    }
    return *this;
}

Secret::~Secret()
{
    wipe(m_value);
}

void Secret::clear()
{
    wipe(m_value);
}

} // namespace cockpit
