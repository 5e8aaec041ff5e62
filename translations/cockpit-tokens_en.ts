<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CreateTokenFlow</name>
    <message numerus="yes">
        <source>The answer to the create request was lost, but %n tokens named “%1” were created just now in %2. Their secret keys were never seen.

Delete them?</source>
        <translation>
<numerusform>The answer to the create request was lost, but %n token named “%1” was created just now in %2. Its secret key was never seen.

Delete it?</numerusform><numerusform>The answer to the create request was lost, but %n tokens named “%1” were created just now in %2. Their secret keys were never seen.

Delete them?</numerusform></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message numerus="yes">
        <source>Delete these %n tokens?</source>
        <translation>
<numerusform>Delete this token?</numerusform><numerusform>Delete these %n tokens?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
<numerusform>…and %n more</numerusform><numerusform>…and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens</source>
        <translation>
<numerusform>Delete %n token</numerusform><numerusform>Delete %n tokens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Also forget the %n saved secret keys in the keychain</source>
        <translation>
<numerusform>Also forget the saved secret key in the keychain</numerusform><numerusform>Also forget the %n saved secret keys in the keychain</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Deleting %n tokens…</source>
        <translation>
<numerusform>Deleting %n token…</numerusform><numerusform>Deleting %n tokens…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens were deleted.</source>
        <translation>
<numerusform>%n token was deleted.</numerusform><numerusform>%n tokens were deleted.</numerusform></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
<numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
<numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
<numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
<numerusform>%n month ago</numerusform><numerusform>%n months ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
<numerusform>%n year ago</numerusform><numerusform>%n years ago</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
<numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n regions</source>
        <translation>
<numerusform>%n region</numerusform><numerusform>%n regions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n selected</source>
        <translation>
<numerusform> · %n selected</numerusform><numerusform> · %n selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
<numerusform>Clipboard clears in %n s</numerusform><numerusform>Clipboard clears in %n s</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message numerus="yes">
        <source>Copied %n IDs</source>
        <translation>
<numerusform>Copied %n ID</numerusform><numerusform>Copied %n IDs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n regional IDs</source>
        <translation>
<numerusform>Copied %n regional ID</numerusform><numerusform>Copied %n regional IDs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n import commands</source>
        <translation>
<numerusform>Copied %n import command</numerusform><numerusform>Copied %n import commands</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n Terraform resources</source>
        <translation>
<numerusform>Copied %n Terraform resource</numerusform><numerusform>Copied %n Terraform resources</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenDetailsPanel</name>
    <message numerus="yes">
        <source>%n tokens selected.</source>
        <translation>
<numerusform>%n token selected.</numerusform><numerusform>%n tokens selected.</numerusform></translation>
    </message>
</context>
<context>
    <name>cockpit::SecretDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
<numerusform>Copied. The clipboard will be cleared in %n second.</numerusform><numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform></translation>
    </message>
</context>
</TS>
