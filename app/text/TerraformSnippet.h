#pragma once

#include "api/Token.h"

#include <QList>
#include <QString>

namespace cockpit {

// Terraform text for existing tokens, so teams that manage Cockpit with the Scaleway provider can
// adopt what they see in the app. Only the provider's documented arguments of
// `scaleway_cockpit_token` are written: project_id, name, region and the `scopes` block.
namespace TerraformSnippet {

// A valid HCL identifier for a resource named after the token: letters, digits, underscores and
// dashes, starting with a letter or an underscore ("token" when nothing usable is left).
QString resourceName(const QString &tokenName);

// Resource names for several tokens at once, made unique with a numeric suffix ("_2", "_3"…)
// so that the blocks can be pasted together into one configuration.
QStringList uniqueResourceNames(const QList<Token> &tokens);

// `terraform import scaleway_cockpit_token.<name> <region>/<id>`.
QString importCommand(const Token &token, const QString &resourceName);
QString importCommand(const Token &token);

// A `resource "scaleway_cockpit_token"` block that recreates the token's name and scopes. Every
// scope flag is written out, because the provider defaults write_metrics and write_logs to true:
// leaving a flag out would not recreate a token that lacks them.
QString resourceBlock(const Token &token, const QString &resourceName);
QString resourceBlock(const Token &token);

// "# Project: Staging\n": which project the text below belongs to (project_id alone is an ID).
QString projectComment(const QString &projectName);

// Blocks (or import commands) for several tokens with unique resource names.
QString resourceBlocks(const QList<Token> &tokens);
QString importCommands(const QList<Token> &tokens);

} // namespace TerraformSnippet
} // namespace cockpit
