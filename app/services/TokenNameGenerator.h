#pragma once

#include <QString>

class QRandomGenerator;

namespace cockpit {

// Suggests names in the console's `token-<adjective>-<noun>` style. Every suggestion satisfies the
// API's name rule (3–50 of [A-Za-z0-9_-]).
class TokenNameGenerator
{
public:
    // `random` defaults to the system generator; tests pass a seeded one.
    explicit TokenNameGenerator(QRandomGenerator *random = nullptr);

    QString next();
    // A suggestion different from `current` (for the dialog's "another name" button).
    QString nextDifferentFrom(const QString &current);

private:
    QRandomGenerator *m_random;
};

} // namespace cockpit
