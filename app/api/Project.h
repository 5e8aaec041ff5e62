#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace cockpit {

// A Scaleway project (Account API v3).
struct Project
{
    QString id;
    QString name;
    QString organizationId;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Project &a, const Project &b)
    {
        return a.id == b.id && a.name == b.name && a.organizationId == b.organizationId &&
               a.description == b.description && a.createdAt == b.createdAt &&
               a.updatedAt == b.updatedAt;
    }
};

// An IAM API key as `GET /iam/v1alpha1/api-keys/{access_key}` describes it. It carries no
// organization: that comes from its default project.
struct ApiKeyInfo
{
    QString accessKey;
    QString description;
    QString defaultProjectId;
    QString userId;        // set for a user's key
    QString applicationId; // set for an application's key
    QDateTime createdAt;
    QDateTime expiresAt; // invalid when the key never expires
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::Project)
