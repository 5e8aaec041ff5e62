#pragma once

#include <QByteArray>
#include <QString>

class QDebug;

namespace cockpit {

// A secret value (an API secret key or a token's secret key). It has its own type so that it can
// never be logged, streamed, put in a model's display data or converted to text by accident:
// reading it takes an explicit call to expose(), and there is deliberately no QDebug operator.
// The characters are overwritten when the secret is cleared or destroyed (best effort: Qt may have
// made copies while the text was being received).
class Secret
{
public:
    Secret() = default;
    explicit Secret(QString value);
    Secret(const Secret &other) = default;
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_value.isEmpty(); }
    // The clear text, for the few places that must send or copy it.
    const QString &expose() const { return m_value; }
    void clear();

    // Zeroes the characters (bytes) that `text` holds alone, then empties it; a buffer shared with
    // other copies is only let go (overwriting it would change those copies). What the Secret
    // does with its own text, for the buffers a secret went through (a create's answer).
    static void overwrite(QString &text);
    static void overwrite(QByteArray &bytes);
    // The first half of overwrite(): zeroes in place, keeping the size and the memory (false,
    // nothing done, for a buffer shared with other copies).
    static bool zero(QString &text);
    static bool zero(QByteArray &bytes);

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Secret &a, const Secret &b) { return !(a == b); }

private:
    QString m_value;
};

// Deleted on purpose: printing a secret is a compile error (by reference, so that QDebug may stay
// incomplete here: clang refuses a deleted definition over an incomplete type by value).
void operator<<(const QDebug &debug, const Secret &secret) = delete;

} // namespace cockpit
