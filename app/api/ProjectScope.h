#pragma once

#include <QMetaType>
#include <QString>

namespace cockpit {

// What the window lists: the tokens of one project, or of every project of the organization
// ("All projects"). Before any project is listed, neither (isNone()). A value, compared whole:
// "All projects" has no project ID, and no project ID stands for it.
class ProjectScope
{
public:
    ProjectScope() = default;
    // An empty ID gives no scope (isNone()).
    static ProjectScope one(const QString &projectId)
    {
        ProjectScope scope;
        scope.m_kind = projectId.isEmpty() ? Kind::None : Kind::One;
        scope.m_projectId = projectId;
        return scope;
    }
    static ProjectScope all()
    {
        ProjectScope scope;
        scope.m_kind = Kind::All;
        return scope;
    }

    bool isNone() const { return m_kind == Kind::None; }
    bool isOne() const { return m_kind == Kind::One; }
    bool isAll() const { return m_kind == Kind::All; }
    // The project's ID when isOne(); empty otherwise.
    const QString &projectId() const { return m_projectId; }

    friend bool operator==(const ProjectScope &a, const ProjectScope &b)
    {
        return a.m_kind == b.m_kind && a.m_projectId == b.m_projectId;
    }
    friend bool operator!=(const ProjectScope &a, const ProjectScope &b) { return !(a == b); }

private:
    enum class Kind
    {
        None,
        One,
        All
    };
    Kind m_kind = Kind::None;
    QString m_projectId;
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::ProjectScope)
