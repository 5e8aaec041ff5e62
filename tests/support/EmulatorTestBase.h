#pragma once

#include "EmulatorFixture.h"
#include "EmulatorTestClient.h"

#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <initializer_list>
#include <memory>

// What the emulator API tests share: a fresh emulator per test with two organizations (one API
// key and one project each) from the test kit's fixture, a raw client signed in to the first, and
// the checks every answer needs.
class EmulatorTestBase : public QObject
{
    Q_OBJECT

protected:
    static const QString kOrg;
    static const QString kOtherOrg;
    static const QString kSecret;
    static const QString kOtherSecret;
    static const QRegularExpression kTimestamp; // 2024-09-19T09:04:30.777794Z

    void setUpEmulator();
    void tearDownEmulator();

    // Every API answer carries these, whatever its status.
    static void checkCommonHeaders(const HttpResult &result);
    // A 400 invalid_arguments naming exactly one argument.
    static void checkInvalidArgument(const HttpResult &result, const QString &argument,
                                     const QString &reason);

    static QString tokensPath(const QString &region = QStringLiteral("fr-par"));
    static QString tokenPath(const QString &id, const QString &region = QStringLiteral("fr-par"));
    static QByteArray createBody(const QString &projectId, const QString &name,
                                 const QStringList &scopes);
    static QUrlQuery query(std::initializer_list<QPair<QString, QString>> items);
    static QStringList strings(std::initializer_list<const char *> texts);
    static QSet<QString> keys(const QJsonObject &object);

    cockpit::testkit::EmulatorFixture m_kit;
    std::unique_ptr<EmulatorTestClient> m_client;
    QString m_project;      // in kOrg
    QString m_otherProject; // in kOtherOrg
};
