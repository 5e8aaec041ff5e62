#pragma once

#include "ApiError.h"
#include "Project.h"
#include "Region.h"
#include "Token.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <functional>

namespace cockpit {

// The pending result of one client operation, in the manner of QNetworkReply: the client returns
// it at once, it emits finished() exactly once, always later from the event loop (never from inside
// the call that created it), and the caller owns it (deleteLater() after finished()).
// abort() cancels the work: the reply then finishes with ApiError::Kind::Cancelled.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }

    void abort();

Q_SIGNALS:
    void finished();

public:
    explicit ApiReply(QObject *parent = nullptr);

    // For the client's implementation: completes the reply (no-op when already finished).
    void finish(const ApiError &error = {});
    // For the client's implementation: called by abort() before the reply finishes as cancelled.
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }

private:
    bool m_finished = false;
    ApiError m_error;
    std::function<void()> m_abortHandler;
};

// All tokens of a project in one region (every page).
class TokenListReply : public ApiReply
{
    Q_OBJECT

public:
    explicit TokenListReply(Region region, QObject *parent = nullptr)
        : ApiReply(parent)
        , m_region(region)
    {
    }

    Region region() const { return m_region; }
    // Only complete and meaningful when isSuccess(): a failed list never gives half a result.
    const QList<Token> &tokens() const { return m_tokens; }
    int totalCount() const { return m_totalCount; }

    void setResult(QList<Token> tokens, int totalCount)
    {
        m_tokens = std::move(tokens);
        m_totalCount = totalCount;
    }

Q_SIGNALS:
    // Pages as they arrive; `total` is -1 until the first page has given total_count.
    void progress(int loaded, int total);

private:
    Region m_region;
    QList<Token> m_tokens;
    int m_totalCount = 0;
};

// Tokens of a project in several regions, loaded concurrently. It succeeds when at least one
// region loaded; regions that failed are named in regionErrors() (a partial result). When every
// region fails, error() is the first region's error.
class MultiRegionTokenListReply : public ApiReply
{
    Q_OBJECT

public:
    explicit MultiRegionTokenListReply(QList<Region> regions, QObject *parent = nullptr)
        : ApiReply(parent)
        , m_regions(std::move(regions))
    {
    }

    const QList<Region> &regions() const { return m_regions; }
    // Tokens of the regions that loaded, in the order of regions().
    QList<Token> tokens() const;
    const QMap<Region, QList<Token>> &tokensByRegion() const { return m_tokens; }
    const QMap<Region, ApiError> &regionErrors() const { return m_errors; }
    bool isPartial() const { return isSuccess() && !m_errors.isEmpty(); }

    void setRegionResult(Region region, QList<Token> tokens)
    {
        m_tokens.insert(region, std::move(tokens));
    }
    void setRegionError(Region region, const ApiError &error) { m_errors.insert(region, error); }

Q_SIGNALS:
    void regionFinished(Region region);
    // Summed over regions; `total` is -1 until every region has given its total_count.
    void progress(int loaded, int total);

private:
    QList<Region> m_regions;
    QMap<Region, QList<Token>> m_tokens;
    QMap<Region, ApiError> m_errors;
};

class TokenReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    const Token &token() const { return m_token; }
    void setToken(Token token) { m_token = std::move(token); }

private:
    Token m_token;
};

class CreateTokenReply : public ApiReply
{
    Q_OBJECT

public:
    explicit CreateTokenReply(CreateTokenRequest request, QObject *parent = nullptr)
        : ApiReply(parent)
        , m_request(std::move(request))
    {
    }

    const CreateTokenRequest &request() const { return m_request; }
    // The created token and its one-time secret. On failure with error().outcomeUnknown, the
    // token may still have been created: look for it by name (TokenCreator does).
    const CreatedToken &created() const { return m_created; }
    void setCreated(CreatedToken created) { m_created = std::move(created); }

private:
    CreateTokenRequest m_request;
    CreatedToken m_created;
};

class ProjectListReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    const QList<Project> &projects() const { return m_projects; }
    void setProjects(QList<Project> projects) { m_projects = std::move(projects); }

private:
    QList<Project> m_projects;
};

class ProjectReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    const Project &project() const { return m_project; }
    void setProject(Project project) { m_project = std::move(project); }

private:
    Project m_project;
};

class ApiKeyReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    const ApiKeyInfo &apiKey() const { return m_apiKey; }
    void setApiKey(ApiKeyInfo apiKey) { m_apiKey = std::move(apiKey); }

private:
    ApiKeyInfo m_apiKey;
};

} // namespace cockpit
