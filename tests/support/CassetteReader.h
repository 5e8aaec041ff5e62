#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cockpit {

// One recorded HTTP exchange of a go-vcr (version 2) cassette. Headers keep the recorded order;
// a header recorded with several values gives several entries.
struct CassetteInteraction
{
    QByteArray method;
    QUrl url;
    QByteArray requestBody;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    int status = 0;
    QByteArray responseBody;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;

    // The first value of a response header, whatever its case; empty when absent.
    QByteArray responseHeader(const QByteArray &name) const;
};

// Reads every interaction of a cassette file. On failure returns an empty list and, when `error`
// is given, says why (file missing, not YAML, not a cassette).
QList<CassetteInteraction> readCassette(const QString &path, QString *error);

// Whether an exchange is one of the APIs this app speaks: Cockpit's regional routes and the Account
// projects. The recordings also hold calls to other Scaleway APIs made by the recording tool
// (Secret Manager, the metadata endpoint, ...): those are out of scope, and skipped by name.
bool isAppApi(const CassetteInteraction &interaction);
// The exchanges of `interactions` that isAppApi() accepts, in their recorded order.
QList<CassetteInteraction> appApiInteractions(const QList<CassetteInteraction> &interactions);

// The folder of the recorded cassettes (COCKPIT_CASSETTES_DIR in the environment, else the
// compile-time default), and every *.yaml file in it, sorted; empty when the folder is absent.
QString cassettesDir();
QStringList cassetteFiles();

} // namespace cockpit
