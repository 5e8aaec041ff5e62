#pragma once

#include "api/Token.h"
#include "common/DesktopServices.h"

#include <QObject>

#include <functional>

class StatusBanners;
class StatusSummary;

// The secrets saved in the keychain at creation, later: copies one (through the clipboard
// guard) from a token's row, and forgets those of deleted tokens. The keychain is the truth: a
// marker whose entry is gone is dropped. Problems are said in the notice banner.
class SavedSecretFlow : public QObject
{
    Q_OBJECT

public:
    SavedSecretFlow(const DesktopServices &services, StatusBanners *banners, StatusSummary *summary,
                    QObject *parent);

    void copy(const cockpit::Token &token);
    // Reads the saved secret and hands it to `use` (not called when the read fails: the
    // banner says why). `context` ends the wait when it is destroyed first.
    void read(const cockpit::Token &token, QObject *context,
              std::function<void(const cockpit::Secret &)> use);
    void forget(const QList<cockpit::Token> &tokens);
    bool isSaved(const cockpit::Token &token) const;

private:
    DesktopServices m_services;
    StatusBanners *m_banners;
    StatusSummary *m_summary;
};
