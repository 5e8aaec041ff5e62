#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QSettings;

namespace cockpit {

// Which tokens have a secret saved in the keychain, so the table can mark them without opening
// the keychain (which may prompt to unlock). It holds keys only (regional token IDs), never a
// secret, and is kept in QSettings. The keychain stays the truth: a read that finds nothing
// removes the key from here.
class SavedSecretIndex : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned; the index lives under the "savedSecrets" group.
    explicit SavedSecretIndex(QSettings *settings, QObject *parent = nullptr);

    bool contains(const QString &key) const { return m_keys.contains(key); }
    void insert(const QString &key);
    void remove(const QString &key);
    const QSet<QString> &keys() const { return m_keys; }

Q_SIGNALS:
    void changed(const QString &key, bool saved);

private:
    void persist();

    QSettings *m_settings;
    QSet<QString> m_keys;
};

} // namespace cockpit
