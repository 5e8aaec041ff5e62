<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::AgentConfigPanel</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::ConnectAgentDialog</name>
    <message numerus="yes">
        <source> · kept %n day(s)</source>
        <translation>
            <numerusform> · kept %n day</numerusform>
            <numerusform> · kept %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::CreateTokenFlow</name>
    <message numerus="yes">
        <source>The answer to the create request was lost, but %Ln tokens named “%1” were created just now in the project %2 in %3. Their secret keys were never seen.

Delete them?</source>
        <translation>
            <numerusform>The answer to the create request was lost, but %Ln token named “%1” was created just now in the project %2 in %3. Its secret key was never seen.

Delete it?</numerusform>
            <numerusform>The answer to the create request was lost, but %Ln tokens named “%1” were created just now in the project %2 in %3. Their secret keys were never seen.

Delete them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::DeleteConfirmation</name>
    <message numerus="yes">
        <source>Delete these %Ln tokens of %1 projects?</source>
        <translation>
            <numerusform>Delete this token of %1 projects?</numerusform>
            <numerusform>Delete these %Ln tokens of %1 projects?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln tokens of the project %1?</source>
        <translation>
            <numerusform>Delete this token of the project %1?</numerusform>
            <numerusform>Delete these %Ln tokens of the project %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln tokens):</source>
        <comment>project name, then how many</comment>
        <translation>
            <numerusform>%1 (%Ln token):</numerusform>
            <numerusform>%1 (%Ln tokens):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This cannot be undone. Agents and tools using these tokens will be refused from now on.</source>
        <translation>
            <numerusform>This cannot be undone. Agents and tools using this token will be refused from now on.</numerusform>
            <numerusform>This cannot be undone. Agents and tools using these tokens will be refused from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln tokens</source>
        <translation>
            <numerusform>&amp;Delete %Ln token</numerusform>
            <numerusform>&amp;Delete %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also &amp;forget the %Ln saved secret keys in the keychain</source>
        <translation>
            <numerusform>Also &amp;forget the saved secret key in the keychain</numerusform>
            <numerusform>Also &amp;forget the %Ln saved secret keys in the keychain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::HeaderBar</name>
    <message numerus="yes">
        <source>The tokens of all %n projects of the organization, in one table</source>
        <translation>
            <numerusform>The tokens of the organization’s only project, in one table</numerusform>
            <numerusform>The tokens of all %n projects of the organization, in one table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::SecretDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::StatusBanners</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) could not be loaded: %1.</source>
        <translation>
            <numerusform>%n project could not be loaded: %1.</numerusform>
            <numerusform>%n projects could not be loaded: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::StatusSummary</name>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln regions</source>
        <translation>
            <numerusform>%Ln region</numerusform>
            <numerusform>%Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln selected</numerusform>
            <numerusform> · %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::TokenActions</name>
    <message numerus="yes">
        <source>Copied %n IDs</source>
        <translation>
            <numerusform>Copied %n ID</numerusform>
            <numerusform>Copied %n IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n regional IDs</source>
        <translation>
            <numerusform>Copied %n regional ID</numerusform>
            <numerusform>Copied %n regional IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n import commands</source>
        <translation>
            <numerusform>Copied %n import command</numerusform>
            <numerusform>Copied %n import commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n Terraform resources</source>
        <translation>
            <numerusform>Copied %n Terraform resource</numerusform>
            <numerusform>Copied %n Terraform resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::TokenDeleteFlow</name>
    <message numerus="yes">
        <source>Deleting %1 of %Ln tokens…</source>
        <translation>
            <numerusform>Deleting %1 of %Ln token…</numerusform>
            <numerusform>Deleting %1 of %Ln tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: deleted %1 of %Ln tokens; those not sent yet were kept.</source>
        <translation>
            <numerusform>Stopped: deleted %1 of %Ln token; those not sent yet were kept.</numerusform>
            <numerusform>Stopped: deleted %1 of %Ln tokens; those not sent yet were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln tokens: %1.</source>
        <translation>
            <numerusform>Deleted %Ln token: %1.</numerusform>
            <numerusform>Deleted %Ln tokens: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln tokens.</source>
        <translation>
            <numerusform>Deleted %Ln token.</numerusform>
            <numerusform>Deleted %Ln tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::TokenDetailsPanel</name>
    <message numerus="yes">
        <source>%n tokens selected.</source>
        <translation>
            <numerusform>%n token selected.</numerusform>
            <numerusform>%n tokens selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::TokenExportFlow</name>
    <message numerus="yes">
        <source>Export %Ln tokens</source>
        <translation>
            <numerusform>Export %Ln token</numerusform>
            <numerusform>Export %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln tokens to %1.</source>
        <translation>
            <numerusform>Exported %Ln token to %1.</numerusform>
            <numerusform>Exported %Ln tokens to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::TokenLoadFlow</name>
    <message numerus="yes">
        <source>Loading the tokens of %n project(s) again…</source>
        <translation>
            <numerusform>Loading the tokens of %n project again…</numerusform>
            <numerusform>Loading the tokens of %n projects again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the tokens of all %n project(s)…</source>
        <translation>
            <numerusform>Loading the tokens of the project…</numerusform>
            <numerusform>Loading the tokens of all %n projects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the tokens of all projects: %1 of %n project(s) done…</source>
        <translation>
            <numerusform>Loading the tokens of all projects: %1 of %n project done…</numerusform>
            <numerusform>Loading the tokens of all projects: %1 of %n projects done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%1 of %n project</numerusform>
            <numerusform>%1 of %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n not refreshed)</source>
        <translation>
            <numerusform> (%n not refreshed)</numerusform>
            <numerusform> (%n not refreshed)</numerusform>
        </translation>
    </message>
</context>
</TS>
