<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>The API refused the value of “%1”.</source>
        <translation>L’API a refusé la valeur de « %1 ».</translation>
    </message>
    <message>
        <source>The API refused the request as invalid.</source>
        <translation>L’API a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <source>The API key has expired. Create a new key in the Scaleway console.</source>
        <translation>La clé d’API a expiré. Créez une nouvelle clé dans la console Scaleway.</translation>
    </message>
    <message>
        <source>The API key was refused. Check the secret key of this profile.</source>
        <translation>La clé d’API a été refusée. Vérifiez la clé secrète de ce profil.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this. It needs Cockpit permissions on this project; a project created moments ago can take a minute to allow it.</source>
        <translation>La clé d’API n’est pas autorisée à faire cela. Elle a besoin d’autorisations Cockpit sur ce projet ; pour un projet créé à l’instant, cela peut prendre une minute.</translation>
    </message>
    <message>
        <source>A quota of this project is exhausted.</source>
        <translation>Un quota de ce projet est épuisé.</translation>
    </message>
    <message>
        <source>The API does not know this resource any more: it may have been deleted elsewhere.</source>
        <translation>L’API ne connaît plus cette ressource : elle a peut-être été supprimée ailleurs.</translation>
    </message>
    <message>
        <source>The resource is busy. Try again in a moment.</source>
        <translation>La ressource est occupée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The API refused the request in the current state of the resource.</source>
        <translation>L’API a refusé la requête dans l’état actuel de la ressource.</translation>
    </message>
    <message>
        <source>The API is receiving too many requests. Wait a moment and retry.</source>
        <translation>L’API reçoit trop de requêtes. Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>The Scaleway API had an internal error. Retry in a moment.</source>
        <translation>L’API Scaleway a rencontré une erreur interne. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The API answered with an unexpected error (HTTP %1).</source>
        <translation>L’API a répondu par une erreur inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>The API could not be reached. Check the network connection.</source>
        <translation>L’API est injoignable. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>The API did not answer in time.</source>
        <translation>L’API n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The API&apos;s answer was too large to be accepted.</source>
        <translation>La réponse de l’API était trop volumineuse pour être acceptée.</translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http:// is only allowed for this computer&apos;s own addresses).</source>
        <translation>L’adresse de l’API doit utiliser https:// (http:// n’est autorisé que pour les adresses de cet ordinateur).</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>La requête n’a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
    <message>
        <source>The API said: “%1”</source>
        <translation>Réponse de l’API : « %1 »</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de la requête : %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The API&apos;s answer could not be read.</source>
        <translation>La réponse de l’API est illisible.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost. Checking whether “%1” was created anyway…</source>
        <translation>La réponse à la demande de création a été perdue. Vérification de la création de « %1 »…</translation>
    </message>
</context>
<context>
    <name>KeychainText</name>
    <message>
        <source>The secret key of “%1” is not in the keychain. If the keychain is locked, unlock it and try again; otherwise sign in again.</source>
        <translation>La clé secrète de « %1 » n’est pas dans le trousseau. Si le trousseau est verrouillé, déverrouillez-le et réessayez ; sinon, reconnectez-vous.</translation>
    </message>
    <message>
        <source>No keychain is available, so the secret key of “%1” cannot be read. Start the keychain (e.g. GNOME Keyring or KWallet) and try again, or sign in again for this session.</source>
        <translation>Aucun trousseau n’est disponible : la clé secrète de « %1 » ne peut pas être lue. Démarrez le trousseau (par ex. GNOME Keyring ou KWallet) et réessayez, ou reconnectez-vous pour cette session.</translation>
    </message>
    <message>
        <source>The keychain is locked, so the secret key of “%1” cannot be read. Unlock the keychain and try again.</source>
        <translation>Le trousseau est verrouillé : la clé secrète de « %1 » ne peut pas être lue. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so the secret key of “%1” cannot be read. Allow access and try again, or sign in again.</source>
        <translation>L’accès au trousseau a été refusé : la clé secrète de « %1 » ne peut pas être lue. Autorisez l’accès et réessayez, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keychain could not read the secret key of “%1”. Try again, or sign in again.</source>
        <translation>Le trousseau n’a pas pu lire la clé secrète de « %1 ». Réessayez, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keychain said: “%1”</source>
        <translation>Réponse du trousseau : « %1 »</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the secret was not saved. Copy it now: it will not be shown again.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur : la clé secrète n’a pas été enregistrée. Copiez-la maintenant : elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the secret was not saved. Unlock it and try again, or copy the secret now.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès : la clé secrète n’a pas été enregistrée. Déverrouillez-le et réessayez, ou copiez la clé secrète maintenant.</translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain (%1). Copy it now: it will not be shown again.</source>
        <translation>La clé secrète n’a pas pu être enregistrée dans le trousseau (%1). Copiez-la maintenant : elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>No saved secret of “%1” was found in the keychain: the entry was removed.</source>
        <translation>Aucune clé secrète enregistrée de « %1 » dans le trousseau : l’entrée a été supprimée.</translation>
    </message>
    <message>
        <source>The keychain is locked, so the saved secret of “%1” cannot be read. Unlock the keychain and try again.</source>
        <translation>Le trousseau est verrouillé : la clé secrète enregistrée de « %1 » ne peut pas être lue. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available, so the saved secret of “%1” cannot be read.</source>
        <translation>Aucun trousseau n’est disponible : la clé secrète enregistrée de « %1 » ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The keychain refused access to the saved secret of “%1”. Unlock it and try again.</source>
        <translation>Le trousseau a refusé l’accès à la clé secrète enregistrée de « %1 ». Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The saved secret of “%1” could not be read: %2</source>
        <translation>La clé secrète enregistrée de « %1 » n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The key is valid, but no keychain is available to keep its secret key. Sign in for this session only, or start a keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>La clé est valide, mais aucun trousseau n’est disponible pour conserver sa clé secrète. Connectez-vous pour cette session uniquement, ou démarrez un trousseau (par ex. GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The key is valid, but the keychain did not store its secret key: %1</source>
        <translation>La clé est valide, mais le trousseau n’a pas enregistré sa clé secrète : %1</translation>
    </message>
    <message>
        <source>access was refused.</source>
        <translation>l’accès a été refusé.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, which is not followed for a file that holds a secret; choose another name</source>
        <translation>c’est un lien symbolique, qui n’est pas suivi pour un fichier contenant un secret ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>ProjectService</name>
    <message>
        <source>The profile names no organization, project or access key.</source>
        <translation>Le profil n’indique ni organisation, ni projet, ni clé d’accès.</translation>
    </message>
    <message>
        <source>The API key has no default project.</source>
        <translation>La clé d’API n’a pas de projet par défaut.</translation>
    </message>
</context>
<context>
    <name>RegionNames</name>
    <message>
        <source>Paris (fr-par)</source>
        <translation>Paris (fr-par)</translation>
    </message>
    <message>
        <source>Amsterdam (nl-ams)</source>
        <translation>Amsterdam (nl-ams)</translation>
    </message>
    <message>
        <source>Warsaw (pl-waw)</source>
        <translation>Varsovie (pl-waw)</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>il y a une heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>il y a un jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>il y a un mois</translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>il y a un an</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretCopyPaths</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cockpit</name>
    <message>
        <source>“%1” must be a single value</source>
        <translation>« %1 » doit être une valeur unique</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>the profile “%1” must be a map of keys</source>
        <translation>le profil « %1 » doit être un dictionnaire de clés</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <source>Alert manager</source>
        <translation>Gestionnaire d’alertes</translation>
    </message>
    <message>
        <source>push</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>manage</source>
        <translation>gestion</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Accès complet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Autre : %1</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Aucune autorisation</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not known to this version)</source>
        <translation>%1 (inconnu de cette version)</translation>
    </message>
    <message>
        <source>This token has no permissions.</source>
        <translation>Ce jeton n’a aucune autorisation.</translation>
    </message>
    <message>
        <source>Push metrics</source>
        <translation>Envoyer des métriques</translation>
    </message>
    <message>
        <source>Query metrics</source>
        <translation>Interroger les métriques</translation>
    </message>
    <message>
        <source>Read and write metrics alerting and recording rules</source>
        <translation>Lire et écrire les règles d’alerte et d’enregistrement des métriques</translation>
    </message>
    <message>
        <source>Push logs</source>
        <translation>Envoyer des logs</translation>
    </message>
    <message>
        <source>Query logs</source>
        <translation>Interroger les logs</translation>
    </message>
    <message>
        <source>Read and write logs rules</source>
        <translation>Lire et écrire les règles des logs</translation>
    </message>
    <message>
        <source>Configure the alert manager</source>
        <translation>Configurer le gestionnaire d’alertes</translation>
    </message>
    <message>
        <source>Push traces</source>
        <translation>Envoyer des traces</translation>
    </message>
    <message>
        <source>Query traces</source>
        <translation>Interroger les traces</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>cockpit::AgentConfigPanel</name>
    <message>
        <source>Alloy configuration (*.alloy)</source>
        <translation>Configuration Alloy (*.alloy)</translation>
    </message>
    <message>
        <source>YAML files (*.yml *.yaml)</source>
        <translation>Fichiers YAML (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Fluent Bit configuration (*.conf)</source>
        <translation>Configuration Fluent Bit (*.conf)</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts shell (*.sh)</translation>
    </message>
    <message>
        <source>S&amp;how the secret key</source>
        <translation>&amp;Afficher la clé secrète</translation>
    </message>
    <message>
        <source>&amp;Copy configuration</source>
        <translation>&amp;Copier la configuration</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>The configuration appears here once the data source and the agent fit together.</source>
        <translation>La configuration apparaît ici dès que la source de données et l’agent vont ensemble.</translation>
    </message>
    <message>
        <source>Show the secret key in the configuration</source>
        <translation>Afficher la clé secrète dans la configuration</translation>
    </message>
    <message>
        <source>Show or hide the secret key in the preview</source>
        <translation>Afficher ou masquer la clé secrète dans l’aperçu</translation>
    </message>
    <message>
        <source>Copy the configuration with the secret key</source>
        <translation>Copier la configuration avec la clé secrète</translation>
    </message>
    <message>
        <source>Save the configuration to a file</source>
        <translation>Enregistrer la configuration dans un fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. The clipboard no longer holds the configuration.</source>
        <translation>Copiée. Le presse-papiers ne contient plus la configuration.</translation>
    </message>
    <message>
        <source>%1 configuration (&lt;b&gt;%2&lt;/b&gt;):</source>
        <translation>Configuration %1 (&lt;b&gt;%2&lt;/b&gt;) :</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
    <message>
        <source>Save the %1 configuration</source>
        <translation>Enregistrer la configuration %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The configuration could not be saved to %1: %2</source>
        <translation>La configuration n’a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. It holds the secret key: keep it out of version control.</source>
        <translation>Enregistrée dans %1, lisible par vous seul. Elle contient la clé secrète : gardez-la hors du contrôle de version.</translation>
    </message>
</context>
<context>
    <name>cockpit::AgentConfigs</name>
    <message>
        <source>This token cannot push metrics: it lacks the Push permission for metrics.</source>
        <translation>Ce jeton ne peut pas envoyer de métriques : il n’a pas la permission Envoi pour les métriques.</translation>
    </message>
    <message>
        <source>This token cannot push logs: it lacks the Push permission for logs.</source>
        <translation>Ce jeton ne peut pas envoyer de journaux : il n’a pas la permission Envoi pour les journaux.</translation>
    </message>
    <message>
        <source>This token cannot push traces: it lacks the Push permission for traces.</source>
        <translation>Ce jeton ne peut pas envoyer de traces : il n’a pas la permission Envoi pour les traces.</translation>
    </message>
    <message>
        <source>This token cannot query metrics: it lacks the Query permission for metrics.</source>
        <translation>Ce jeton ne peut pas interroger les métriques : il n’a pas la permission Requête pour les métriques.</translation>
    </message>
    <message>
        <source>This token cannot query logs: it lacks the Query permission for logs.</source>
        <translation>Ce jeton ne peut pas interroger les journaux : il n’a pas la permission Requête pour les journaux.</translation>
    </message>
    <message>
        <source>This token cannot query traces: it lacks the Query permission for traces.</source>
        <translation>Ce jeton ne peut pas interroger les traces : il n’a pas la permission Requête pour les traces.</translation>
    </message>
    <message>
        <source>This version of the app does not know the type of this data source.</source>
        <translation>Cette version de l’application ne connaît pas le type de cette source de données.</translation>
    </message>
    <message>
        <source>This data source belongs to another project than the token.</source>
        <translation>Cette source de données appartient à un autre projet que le jeton.</translation>
    </message>
    <message>
        <source>The token is in %1 and the data source in %2: a token only works with the data sources of its own region.</source>
        <translation>Le jeton est dans %1 et la source de données dans %2 : un jeton ne fonctionne qu’avec les sources de données de sa propre région.</translation>
    </message>
    <message>
        <source>“%1” holds the data of Scaleway products: it is read-only and nothing can push to it. Choose a custom data source.</source>
        <translation>« %1 » contient les données des produits Scaleway : elle est en lecture seule et rien ne peut y envoyer de données. Choisissez une source de données personnalisée.</translation>
    </message>
    <message>
        <source>Prometheus only sends metrics: choose a metrics data source.</source>
        <translation>Prometheus n’envoie que des métriques : choisissez une source de données de métriques.</translation>
    </message>
    <message>
        <source>This agent cannot send this type of data.</source>
        <translation>Cet agent ne peut pas envoyer ce type de données.</translation>
    </message>
</context>
<context>
    <name>cockpit::ApiJson</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>un UUID</translation>
    </message>
    <message>
        <source>an RFC 3339 timestamp</source>
        <translation>un horodatage RFC 3339</translation>
    </message>
    <message>
        <source>a whole number of items</source>
        <translation>un nombre entier d’éléments</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <source>the region asked for</source>
        <translation>la région demandée</translation>
    </message>
    <message>
        <source>a known region</source>
        <translation>une région connue</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>the new token&apos;s secret</source>
        <translation>la clé secrète du nouveau jeton</translation>
    </message>
    <message>
        <source>an access key</source>
        <translation>une clé d’accès</translation>
    </message>
    <message>
        <source>field %1: expected %2</source>
        <translation>champ %1 : %2 attendu</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>%1[%2]: expected an object</source>
        <translation>%1[%2] : objet attendu</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid: %1.</source>
        <translation>La réponse du serveur n’est pas valide : %1.</translation>
    </message>
    <message>
        <source>total_count %1 is less than the %2 tokens of the page</source>
        <translation>total_count %1 est inférieur aux %2 jetons de la page</translation>
    </message>
    <message>
        <source>total_count %1 is less than the %2 projects of the page</source>
        <translation>total_count %1 est inférieur aux %2 projets de la page</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number of days</source>
        <translation>un nombre entier de jours</translation>
    </message>
    <message>
        <source>a whole number of bytes</source>
        <translation>un nombre entier d’octets</translation>
    </message>
    <message>
        <source>an https:// URL</source>
        <translation>une URL https://</translation>
    </message>
    <message>
        <source>a retention range in days</source>
        <translation>une plage de rétention en jours</translation>
    </message>
    <message>
        <source>total_count %1 is less than the %2 data sources of the page</source>
        <translation>total_count %1 est inférieur aux %2 sources de données de la page</translation>
    </message>
</context>
<context>
    <name>cockpit::AppProfileStore</name>
    <message>
        <source>Cockpit Tokens API key %1 (%2)</source>
        <translation>Clé d’API Cockpit Tokens %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cockpit::CockpitClient</name>
    <message>
        <source>The token ID</source>
        <translation>L’ID du jeton</translation>
    </message>
    <message>
        <source>The project ID</source>
        <translation>L’ID du projet</translation>
    </message>
    <message>
        <source>%1 is not a valid ID.</source>
        <translation>%1 n’est pas un ID valide.</translation>
    </message>
    <message>
        <source>The API URL %1 is not a valid base URL.</source>
        <translation>L’URL de l’API %1 n’est pas une URL de base valide.</translation>
    </message>
    <message>
        <source>The API URL %1 is not encrypted (http://); only https:// is allowed, except to this computer.</source>
        <translation>L’URL de l’API %1 n’est pas chiffrée (http://) ; seul https:// est permis, sauf vers cet ordinateur.</translation>
    </message>
    <message>
        <source>The API URL %1 is not an https:// URL.</source>
        <translation>L’URL de l’API %1 n’est pas une URL https://.</translation>
    </message>
    <message>
        <source>The access key is not a valid Scaleway access key.</source>
        <translation>La clé d’accès n’est pas une clé d’accès Scaleway valide.</translation>
    </message>
    <message>
        <source>The data source ID</source>
        <translation>L’ID de la source de données</translation>
    </message>
</context>
<context>
    <name>cockpit::ConnectAgentDialog</name>
    <message>
        <source>Ne&amp;w data source…</source>
        <translation>No&amp;uvelle source de données…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Connect an agent</source>
        <translation>Connecter un agent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect an agent to “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connecter un agent à « %1 »&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose where the data goes and which agent sends it. The configuration holds the token&apos;s secret key and is ready to run. Only the data sources of %1 are listed: a token works in its own region only.</source>
        <translation>Choisissez où vont les données et quel agent les envoie. La configuration contient la clé secrète du jeton et est prête à l’emploi. Seules les sources de données de %1 sont proposées : un jeton ne fonctionne que dans sa région.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Create a data source in %1</source>
        <translation>Créer une source de données dans %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>&amp;Source de données :</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <source>No agent can use this token. Its permissions (%1) let it neither push nor query data: an agent needs a token that can push metrics, logs or traces, and Grafana one that can query them. Create a token with those permissions.</source>
        <translation>Aucun agent ne peut utiliser ce jeton. Ses permissions (%1) ne lui permettent ni d’envoyer ni de lire des données : un agent a besoin d’un jeton qui peut envoyer des métriques, des journaux ou des traces, et Grafana d’un jeton qui peut les lire. Créez un jeton avec ces permissions.</translation>
    </message>
    <message>
        <source>Loading the data sources of %1…</source>
        <translation>Chargement des sources de données de %1…</translation>
    </message>
    <message>
        <source>The data sources of %1 could not be loaded. %2</source>
        <translation>Les sources de données de %1 n’ont pas pu être chargées. %2</translation>
    </message>
    <message>
        <source>This project has no data source in %1 yet. Create one for the agent to send to:</source>
        <translation>Ce projet n’a encore aucune source de données dans %1. Créez-en une à laquelle l’agent enverra ses données :</translation>
    </message>
    <message numerus="yes">
        <source> · kept %n day(s)</source>
        <translation>
            <numerusform> · conservées %n jour</numerusform>
            <numerusform> · conservées %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source> · read-only: Scaleway products write here, agents can only query it</source>
        <translation> · lecture seule : les produits Scaleway y écrivent, les agents ne peuvent que l’interroger</translation>
    </message>
    <message>
        <source>%1 (does not fit)</source>
        <translation>%1 (ne convient pas)</translation>
    </message>
    <message>
        <source>Demo: the local emulator (%1) accepts what agents push (once it has checked the token) but keeps none of it and cannot answer queries, so Grafana gets no data from it. With a real profile this configuration queries the data source&apos;s URL.</source>
        <translation>Démo : l’émulateur local (%1) accepte ce que les agents envoient (après avoir vérifié le jeton) mais n’en garde rien et ne répond à aucune requête de lecture : Grafana n’en obtient aucune donnée. Avec un vrai profil, cette configuration interroge l’URL de la source de données.</translation>
    </message>
    <message>
        <source>Demo: this configuration sends to the local emulator (%1), which checks the token and accepts what it receives, but keeps none of it. With a real profile it sends to the data source&apos;s URL.</source>
        <translation>Démo : cette configuration envoie à l’émulateur local (%1), qui vérifie le jeton et accepte ce qu’il reçoit, sans rien en garder. Avec un vrai profil, elle envoie à l’URL de la source de données.</translation>
    </message>
</context>
<context>
    <name>cockpit::CreateTokenDialog</name>
    <message>
        <source>Create a token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>The token will belong to the project &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Le jeton appartiendra au projet &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Create the token in the same region as the data sources it will serve.</source>
        <translation>Créez le jeton dans la même région que les sources de données qu’il servira.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>3 to 50 letters, digits, hyphens or underscores</source>
        <translation>3 à 50 lettres, chiffres, tirets ou tirets bas</translation>
    </message>
    <message>
        <source>Another name</source>
        <translation>Autre nom</translation>
    </message>
    <message>
        <source>Suggest another name</source>
        <translation>Proposer un autre nom</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Pushing data to Cockpit, and sending resource data through an external path, are billed by Scaleway.</source>
        <translation>L’envoi de données à Cockpit, ainsi que l’envoi de données de ressources par un chemin externe, sont facturés par Scaleway.</translation>
    </message>
    <message>
        <source>Billing notice</source>
        <translation>Information de facturation</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Créer le jeton</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Use 3 to 50 characters: letters, digits, hyphens (-) and underscores (_).</source>
        <translation>Utilisez 3 à 50 caractères : lettres, chiffres, tirets (-) et tirets bas (_).</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Choisissez au moins une autorisation.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Check again whether the token was created</source>
        <translation>Vérifier de nouveau si le jeton a été créé</translation>
    </message>
    <message>
        <source>Checking whether “%1” was created…</source>
        <translation>Vérification de la création de « %1 »…</translation>
    </message>
    <message>
        <source>A token named “%1” already exists in %2. You can create another, but two tokens of one name are easy to confuse.</source>
        <translation>Un jeton nommé « %1 » existe déjà dans %2. Vous pouvez en créer un autre, mais deux jetons du même nom se confondent facilement.</translation>
    </message>
    <message>
        <source>An earlier request to create “%1” in %2 may have worked: check again before sending it once more.</source>
        <translation>Une demande précédente de création de « %1 » dans %2 a peut-être abouti : vérifiez de nouveau avant de l’envoyer encore.</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Attente de la réponse</translation>
    </message>
    <message>
        <source>Waiting for the API&apos;s answer: %1 s so far, %2 s at most. The request is not sent twice; if no answer comes, the app checks whether the token was created.</source>
        <translation>En attente de la réponse de l’API : %1 s jusqu’ici, %2 s au plus. La demande n’est pas envoyée deux fois ; sans réponse, l’application vérifie si le jeton a été créé.</translation>
    </message>
</context>
<context>
    <name>cockpit::CreateTokenFlow</name>
    <message>
        <source>The answer to the create request was lost, and the app could not check whether “%1” was created: %2 Until it knows, it will not send the same request again, to avoid a duplicate: use Check again.</source>
        <translation>La réponse à la demande de création a été perdue et l’application n’a pas pu vérifier si « %1 » a été créé : %2 Tant qu’elle ne le sait pas, elle n’enverra pas de nouveau la même demande, pour éviter un doublon : utilisez Vérifier de nouveau.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost, and no token named “%1” exists: it was not created. You can create it again.</source>
        <translation>La réponse à la demande de création a été perdue et aucun jeton nommé « %1 » n’existe : il n’a pas été créé. Vous pouvez le créer à nouveau.</translation>
    </message>
    <message>
        <source>Token created, secret lost</source>
        <translation>Jeton créé, clé secrète perdue</translation>
    </message>
    <message>
        <source>The answer to the create request was lost, but the token “%1” was created in the project %2 in %3 at %4 (ID %5). Its secret key was in that answer: nobody can ever see it.

Delete this token? You can then create a new one.</source>
        <translation>La réponse à la demande de création a été perdue, mais le jeton « %1 » a été créé dans le projet %2 dans %3 à %4 (ID %5). Sa clé secrète figurait dans cette réponse : personne ne pourra jamais la voir.

Supprimer ce jeton ? Vous pourrez ensuite en créer un nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The answer to the create request was lost, but %Ln tokens named “%1” were created just now in the project %2 in %3. Their secret keys were never seen.

Delete them?</source>
        <translation>
            <numerusform>La réponse à la demande de création a été perdue, mais %Ln jeton nommé « %1 » vient d’être créé dans le projet %2 dans %3. Sa clé secrète n’a jamais été vue.

Le supprimer ?</numerusform>
            <numerusform>La réponse à la demande de création a été perdue, mais %Ln jetons nommés « %1 » viennent d’être créés dans le projet %2 dans %3. Leurs clés secrètes n’ont jamais été vues.

Les supprimer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>cockpit::DataSourceLabels</name>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <source>Scaleway</source>
        <comment>data source origin</comment>
        <translation>Scaleway</translation>
    </message>
    <message>
        <source>external</source>
        <comment>data source origin</comment>
        <translation>externe</translation>
    </message>
    <message>
        <source>custom</source>
        <comment>data source origin</comment>
        <translation>personnalisée</translation>
    </message>
    <message>
        <source>unknown origin</source>
        <comment>data source origin</comment>
        <translation>origine inconnue</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (read-only)</source>
        <comment>data source: name — type, origin</comment>
        <translation>%1 — %2, %3 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>data source: name — type, origin</comment>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>cockpit::DeleteConfirmation</name>
    <message>
        <source>Delete the token “%1” of the project %2 in %3?</source>
        <translation>Supprimer le jeton « %1 » du projet %2 dans %3 ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln tokens of %1 projects?</source>
        <translation>
            <numerusform>Supprimer ce jeton de %1 projets ?</numerusform>
            <numerusform>Supprimer ces %Ln jetons de %1 projets ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln tokens of the project %1?</source>
        <translation>
            <numerusform>Supprimer ce jeton du projet %1 ?</numerusform>
            <numerusform>Supprimer ces %Ln jetons du projet %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln tokens):</source>
        <comment>project name, then how many</comment>
        <translation>
            <numerusform>%1 (%Ln jeton) :</numerusform>
            <numerusform>%1 (%Ln jetons) :</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2) %3</source>
        <comment>name, region, ID</comment>
        <translation>• %1 (%2) %3</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <source>Delete tokens</source>
        <translation>Supprimer les jetons</translation>
    </message>
    <message numerus="yes">
        <source>This cannot be undone. Agents and tools using these tokens will be refused from now on.</source>
        <translation>
            <numerusform>Cette action est irréversible. Les agents et outils utilisant ce jeton seront refusés dès maintenant.</numerusform>
            <numerusform>Cette action est irréversible. Les agents et outils utilisant ces jetons seront refusés dès maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID : %1</translation>
    </message>
    <message>
        <source>Tokens to delete</source>
        <translation>Jetons à supprimer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Delete token</source>
        <translation>&amp;Supprimer le jeton</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln tokens</source>
        <translation>
            <numerusform>&amp;Supprimer %Ln jeton</numerusform>
            <numerusform>&amp;Supprimer %Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Also &amp;forget the saved secret key in the keychain</source>
        <translation>Oublier aussi la clé secrète enregistrée dans le &amp;trousseau</translation>
    </message>
    <message numerus="yes">
        <source>Also &amp;forget the %Ln saved secret keys in the keychain</source>
        <translation>
            <numerusform>Oublier aussi la clé secrète enregistrée dans le &amp;trousseau</numerusform>
            <numerusform>Oublier aussi les %Ln clés secrètes enregistrées dans le &amp;trousseau</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget saved secret keys</source>
        <translation>Oublier les clés secrètes enregistrées</translation>
    </message>
</context>
<context>
    <name>cockpit::HeaderBar</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Which credentials to use</source>
        <translation>Identifiants à utiliser</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Actions du profil</translation>
    </message>
    <message>
        <source>Profile actions: sign in with an API key, remove a saved profile</source>
        <translation>Actions du profil : se connecter avec une clé d’API, supprimer un profil enregistré</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>Demo mode: a local emulator with sample projects and tokens. Nothing here touches a Scaleway account.</source>
        <translation>Mode démo : un émulateur local avec des projets et jetons d’exemple. Rien ici ne touche un compte Scaleway.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>The project whose tokens are listed: type part of a name to search</source>
        <translation>Le projet dont les jetons sont listés : saisissez une partie d’un nom pour chercher</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Tokens are regional: list one region or all of them</source>
        <translation>Les jetons sont régionaux : listez une région ou toutes</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Search by name, ID or region</source>
        <translation>Rechercher par nom, ID ou région</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Rechercher des jetons</translation>
    </message>
    <message>
        <source>Load the tokens again</source>
        <translation>Recharger les jetons</translation>
    </message>
    <message>
        <source>Create a token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;rojet :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message numerus="yes">
        <source>The tokens of all %n projects of the organization, in one table</source>
        <translation>
            <numerusform>Les jetons de l’unique projet de l’organisation, dans un seul tableau</numerusform>
            <numerusform>Les jetons des %n projets de l’organisation, dans un seul tableau</numerusform>
        </translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>ID du projet : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: project — profile</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cockpit::KeychainSecretStore</name>
    <message>
        <source>The keychain is locked and was not unlocked.</source>
        <translation>Le trousseau est verrouillé et n’a pas été déverrouillé.</translation>
    </message>
    <message>
        <source>The keychain kept the entry after deleting it.</source>
        <translation>Le trousseau a gardé l’entrée après sa suppression.</translation>
    </message>
</context>
<context>
    <name>cockpit::LanguageLoader</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Cockpit Tokens starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Cockpit Tokens.</translation>
    </message>
</context>
<context>
    <name>cockpit::MainWindow</name>
    <message>
        <source>Create a token in %1</source>
        <translation>Créer un jeton dans %1</translation>
    </message>
    <message>
        <source>Choose a project to create a token in</source>
        <translation>Choisissez un projet où créer un jeton</translation>
    </message>
    <message>
        <source>“%1” was created in %2, which the table does not show.</source>
        <translation>« %1 » a été créé dans %2, que le tableau n’affiche pas.</translation>
    </message>
    <message>
        <source>Created “%1” in %2.</source>
        <translation>« %1 » créé dans %2.</translation>
    </message>
</context>
<context>
    <name>cockpit::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
</context>
<context>
    <name>cockpit::NewDataSourceForm</name>
    <message>
        <source>C&amp;reate data source</source>
        <translation>C&amp;réer la source de données</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Data source name</source>
        <translation>Nom de la source de données</translation>
    </message>
    <message>
        <source>3 to 50 letters, digits, spaces and - _ .</source>
        <translation>3 à 50 lettres, chiffres, espaces et - _ .</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <source>Retention in days</source>
        <translation>Conservation en jours</translation>
    </message>
    <message>
        <source> days</source>
        <comment>retention spin box suffix</comment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Create the data source</source>
        <translation>Créer la source de données</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>&amp;Type de données :</translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation>Cons&amp;ervation :</translation>
    </message>
    <message>
        <source>New data source in %1</source>
        <translation>Nouvelle source de données dans %1</translation>
    </message>
    <message>
        <source>Between %1 and %2 days in this region; %3 by default.</source>
        <translation>Entre %1 et %2 jours dans cette région ; %3 par défaut.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Use 3 to 50 characters: letters, digits, spaces, hyphens, underscores and dots.</source>
        <translation>Utilisez 3 à 50 caractères : lettres, chiffres, espaces, tirets, traits de soulignement et points.</translation>
    </message>
</context>
<context>
    <name>cockpit::PagedLoader</name>
    <message>
        <source>The server&apos;s answer is not valid: it announces %1 items in pages of %2.</source>
        <translation>La réponse du serveur n’est pas valide : elle annonce %1 éléments par pages de %2.</translation>
    </message>
</context>
<context>
    <name>cockpit::PermissionMatrix</name>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <source>Alert manager</source>
        <translation>Gestionnaire d’alertes</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Push metrics</source>
        <translation>Envoyer des métriques</translation>
    </message>
    <message>
        <source>Query metrics</source>
        <translation>Interroger les métriques</translation>
    </message>
    <message>
        <source>Read and write metrics alerting and recording rules</source>
        <translation>Lire et écrire les règles d’alerte et d’enregistrement des métriques</translation>
    </message>
    <message>
        <source>Push logs</source>
        <translation>Envoyer des logs</translation>
    </message>
    <message>
        <source>Query logs</source>
        <translation>Interroger les logs</translation>
    </message>
    <message>
        <source>Read and write logs alerting rules</source>
        <translation>Lire et écrire les règles d’alerte des logs</translation>
    </message>
    <message>
        <source>Configure the alert manager</source>
        <translation>Configurer le gestionnaire d’alertes</translation>
    </message>
    <message>
        <source>Push traces</source>
        <translation>Envoyer des traces</translation>
    </message>
    <message>
        <source>Query traces</source>
        <translation>Interroger les traces</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The API has no rules permission for traces</source>
        <translation>L’API n’a pas d’autorisation de règles pour les traces</translation>
    </message>
    <message>
        <source>&amp;Alerts: configure the alert manager</source>
        <translation>A&amp;lertes : configurer le gestionnaire d’alertes</translation>
    </message>
    <message>
        <source>Alerts: configure the alert manager</source>
        <translation>Alertes : configurer le gestionnaire d’alertes</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Préréglages :</translation>
    </message>
    <message>
        <source>A&amp;gent (push only)</source>
        <translation>A&amp;gent (envoi seul)</translation>
    </message>
    <message>
        <source>F&amp;ull access</source>
        <translation>Accès co&amp;mplet</translation>
    </message>
    <message>
        <source>Gra&amp;fana (query only)</source>
        <translation>Gra&amp;fana (requête seule)</translation>
    </message>
</context>
<context>
    <name>cockpit::ProfileController</name>
    <message>
        <source>&amp;Sign in with an API key…</source>
        <translation>Se &amp;connecter avec une clé d’API…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>Add a profile: the key is checked with Scaleway before it is saved</source>
        <translation>Ajouter un profil : la clé est vérifiée auprès de Scaleway avant d’être enregistrée</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Sign out of “%1”?</source>
        <translation>Se déconnecter de « %1 » ?</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>The key is forgotten. Sign in again to use it.</source>
        <translation>La clé est oubliée. Reconnectez-vous pour l’utiliser.</translation>
    </message>
    <message>
        <source>Its secret key is deleted from the keychain. The API key itself stays valid at Scaleway: delete it in the console (IAM → API keys) if no one needs it.</source>
        <translation>Sa clé secrète est supprimée du trousseau. La clé d’API elle-même reste valide chez Scaleway : supprimez-la dans la console (IAM → Clés d’API) si personne n’en a besoin.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The scw CLI configuration could not be read, so its profiles are not listed. Fix the file, then choose Reload.</source>
        <translation>La configuration du CLI scw n’a pas pu être lue : ses profils ne sont pas listés. Corrigez le fichier, puis choisissez Recharger.</translation>
    </message>
    <message>
        <source>Forget this profile and delete its secret key from the keychain</source>
        <translation>Oublier ce profil et supprimer sa clé secrète du trousseau</translation>
    </message>
    <message>
        <source>Forget the key signed in for this session</source>
        <translation>Oublier la clé connectée pour cette session</translation>
    </message>
    <message>
        <source>Profiles of the scw CLI are managed with the CLI (scw config): the app never changes its config.yaml.</source>
        <translation>Les profils de la CLI scw se gèrent avec la CLI (scw config) : l’application ne modifie jamais son config.yaml.</translation>
    </message>
    <message>
        <source>These credentials come from the SCW_* environment variables the app was started with.</source>
        <translation>Ces identifiants proviennent des variables d’environnement SCW_* du lancement de l’application.</translation>
    </message>
    <message>
        <source>The demo is built in: there is nothing to remove.</source>
        <translation>La démo est intégrée : il n’y a rien à supprimer.</translation>
    </message>
    <message>
        <source>The profile “%1” was kept: the keychain is locked, so its secret key could not be deleted. Unlock the keychain and remove the profile again.</source>
        <translation>Le profil « %1 » a été conservé : le trousseau est verrouillé, sa clé secrète n’a donc pas pu être supprimée. Déverrouillez le trousseau et supprimez de nouveau le profil.</translation>
    </message>
    <message>
        <source>The profile “%1” was kept: the keychain did not delete its secret key.</source>
        <translation>Le profil « %1 » a été conservé : le trousseau n’a pas supprimé sa clé secrète.</translation>
    </message>
    <message>
        <source>Reading the secret key of “%1” from the keychain was cancelled.</source>
        <translation>La lecture de la clé secrète de « %1 » dans le trousseau a été annulée.</translation>
    </message>
</context>
<context>
    <name>cockpit::ProfileDirectory</name>
    <message>
        <source>SCW_PROFILE names the profile “%1”, which %2 does not define.</source>
        <translation>SCW_PROFILE désigne le profil « %1 », que %2 ne définit pas.</translation>
    </message>
    <message>
        <source>%1 (scw CLI)</source>
        <translation>%1 (CLI scw)</translation>
    </message>
    <message>
        <source>Environment (SCW_*)</source>
        <translation>Environnement (SCW_*)</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Unknown profile “%1”.</source>
        <translation>Profil « %1 » inconnu.</translation>
    </message>
    <message>
        <source>The demo could not start: no local network port could be opened.</source>
        <translation>La démo n’a pas pu démarrer : aucun port réseau local n’a pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>cockpit::ProfileNotices</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the scw CLI configuration again</source>
        <translation>Relire la configuration du CLI scw</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Read the keychain again</source>
        <translation>Relire le trousseau</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
</context>
<context>
    <name>cockpit::ProjectPicker</name>
    <message>
        <source>Search projects</source>
        <translation>Rechercher des projets</translation>
    </message>
    <message>
        <source>Matching projects</source>
        <translation>Projets correspondants</translation>
    </message>
</context>
<context>
    <name>cockpit::RequestRunner</name>
    <message>
        <source>of this computer</source>
        <translation>de cet ordinateur</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection. Check HTTPS_PROXY and NO_PROXY, or the system&apos;s proxy settings.</source>
        <translation>Le proxy %1 a refusé la connexion. Vérifiez HTTPS_PROXY et NO_PROXY, ou les réglages de proxy du système.</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before the API answered.</source>
        <translation>Le proxy %1 a fermé la connexion avant la réponse de l’API.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found. Check HTTPS_PROXY, or the system&apos;s proxy settings.</source>
        <translation>Le proxy %1 est introuvable. Vérifiez HTTPS_PROXY, ou les réglages de proxy du système.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation>Le proxy %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password: give them in HTTPS_PROXY (http://user:password@host:port).</source>
        <translation>Le proxy %1 demande un nom d’utilisateur et un mot de passe : indiquez-les dans HTTPS_PROXY (http://utilisateur:motdepasse@hôte:port).</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the request through (%2). Check HTTPS_PROXY and NO_PROXY, or the system&apos;s proxy settings.</source>
        <translation>Le proxy %1 n’a pas laissé passer la requête (%2). Vérifiez HTTPS_PROXY et NO_PROXY, ou les réglages de proxy du système.</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Pas d’accès au réseau.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large (%1 bytes announced).</source>
        <translation>La réponse du serveur est trop grande (%1 octets annoncés).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large (over %1 bytes).</source>
        <translation>La réponse du serveur est trop grande (plus de %1 octets).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short.</source>
        <translation>La réponse du serveur a été interrompue.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Le serveur n’a pas répondu en %1 secondes.</translation>
    </message>
</context>
<context>
    <name>cockpit::SavedSecretFlow</name>
    <message>
        <source>Copied the saved secret of “%1”.</source>
        <translation>Clé secrète enregistrée de « %1 » copiée.</translation>
    </message>
    <message>
        <source>The token “%1” was deleted, but its saved secret could not be removed from the keychain: %2</source>
        <translation>Le jeton « %1 » a été supprimé, mais sa clé secrète enregistrée n’a pas pu être retirée du trousseau : %2</translation>
    </message>
</context>
<context>
    <name>cockpit::ScwConfig</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>the file must be a map of profile keys</source>
        <translation>le fichier doit être un dictionnaire de clés de profil</translation>
    </message>
    <message>
        <source>“profiles” must be a map of named profiles</source>
        <translation>« profiles » doit être un dictionnaire de profils nommés</translation>
    </message>
    <message>
        <source>a profile name must be text</source>
        <translation>un nom de profil doit être du texte</translation>
    </message>
    <message>
        <source>%1 holds a secret key and can be read by other users of this computer; restrict it with: chmod 600 %1</source>
        <translation>%1 contient une clé secrète et peut être lu par d’autres utilisateurs de cet ordinateur ; restreignez-le avec : chmod 600 %1</translation>
    </message>
    <message>
        <source>is not a regular file, so it was not read</source>
        <translation>n’est pas un fichier ordinaire, il n’a donc pas été lu</translation>
    </message>
    <message>
        <source>is larger than %1 KiB, so it was not read (the Scaleway CLI writes a few kilobytes)</source>
        <translation>dépasse %1 Kio, il n’a donc pas été lu (la CLI Scaleway écrit quelques kilo-octets)</translation>
    </message>
</context>
<context>
    <name>cockpit::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was created in %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a été créé dans %2.</translation>
    </message>
    <message>
        <source>This is the only time the secret key is shown. Copy it or save it in the keychain before closing this window.</source>
        <translation>C’est la seule fois que la clé secrète est affichée. Copiez-la ou enregistrez-la dans le trousseau avant de fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Clé &amp;secrète :</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Copier la clé secrète</translation>
    </message>
    <message>
        <source>Save the secret key in the keychain</source>
        <translation>Enregistrer la clé secrète dans le trousseau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Saved in the keychain. You can copy it again from the token&apos;s row.</source>
        <translation>Enregistrée dans le trousseau. Vous pourrez la copier à nouveau depuis la ligne du jeton.</translation>
    </message>
    <message>
        <source>Close without the secret?</source>
        <translation>Fermer sans la clé secrète ?</translation>
    </message>
    <message>
        <source>The secret key of %1 has been neither copied nor saved. Once this window is closed, nobody can see it again.</source>
        <translation>La clé secrète de %1 n’a été ni copiée ni enregistrée. Une fois cette fenêtre fermée, personne ne pourra plus la voir.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Copied. The clipboard no longer holds the secret.</source>
        <translation>Copiée. Le presse-papiers ne contient plus la clé secrète.</translation>
    </message>
    <message>
        <source>Cockpit token %1 (%2)</source>
        <translation>Jeton Cockpit %1 (%2)</translation>
    </message>
    <message>
        <source>Connect an &amp;agent…</source>
        <translation>Connecter un &amp;agent…</translation>
    </message>
    <message>
        <source>Connect an agent with this secret key</source>
        <translation>Connecter un agent avec cette clé secrète</translation>
    </message>
    <message>
        <source>Get a ready-to-run configuration for Grafana Alloy, Prometheus, Fluent Bit, the OpenTelemetry Collector or Grafana</source>
        <translation>Obtenir une configuration prête à l’emploi pour Grafana Alloy, Prometheus, Fluent Bit, OpenTelemetry Collector ou Grafana</translation>
    </message>
</context>
<context>
    <name>cockpit::SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer la clé secrète</translation>
    </message>
    <message>
        <source>Reveal the secret</source>
        <translation>Afficher la clé secrète</translation>
    </message>
</context>
<context>
    <name>cockpit::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <extracomment>Separates alternative keys for one action, e.g. &quot;F1 or Ctrl+?&quot;.</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Passer à l’élément suivant ou précédent</translation>
    </message>
    <message>
        <source>Use a button or field by its underlined letter</source>
        <translation>Utiliser un bouton ou un champ par sa lettre soulignée</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>Close a dialog without acting</source>
        <translation>Fermer une boîte de dialogue sans agir</translation>
    </message>
    <message>
        <source>Token table</source>
        <translation>Tableau des jetons</translation>
    </message>
    <message>
        <source>Select all tokens</source>
        <translation>Sélectionner tous les jetons</translation>
    </message>
    <message>
        <source>Add a token to the selection or remove it</source>
        <translation>Ajouter un jeton à la sélection ou l’en retirer</translation>
    </message>
    <message>
        <source>Open the menu of the selected tokens</source>
        <translation>Ouvrir le menu des jetons sélectionnés</translation>
    </message>
    <message>
        <source>Create token dialog</source>
        <translation>Création d’un jeton</translation>
    </message>
    <message>
        <source>Generate another name</source>
        <translation>Proposer un autre nom</translation>
    </message>
    <message>
        <source>Create the token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>Secret key fields</source>
        <translation>Champs de clé secrète</translation>
    </message>
    <message>
        <source>Show or hide the secret key</source>
        <translation>Afficher ou masquer la clé secrète</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everything in Cockpit Tokens can be done from the keyboard. Menus open with Alt and their underlined letter.</source>
        <translation>Tout Cockpit Tokens s’utilise au clavier. Les menus s’ouvrent avec Alt et leur lettre soulignée.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>cockpit::SignInCheck</name>
    <message>
        <source>This API key has no default project: enter a project ID.</source>
        <translation>Cette clé d’API n’a pas de projet par défaut : saisissez un ID de projet.</translation>
    </message>
</context>
<context>
    <name>cockpit::SignInDialog</name>
    <message>
        <source>&amp;Keep the secret key for this session only</source>
        <translation>&amp;Garder la clé secrète pour cette session uniquement</translation>
    </message>
    <message>
        <source>Sign in to Scaleway</source>
        <translation>Se connecter à Scaleway</translation>
    </message>
    <message>
        <source>Use an API key from the Scaleway console (IAM → API keys). The key is checked before it is saved; its secret key is kept only in the system keychain.</source>
        <translation>Utilisez une clé d’API de la console Scaleway (IAM → Clés d’API). La clé est vérifiée avant d’être enregistrée ; sa clé secrète est conservée uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Scaleway</source>
        <translation>Scaleway</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d’accès</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Optional: the key&apos;s default project</source>
        <translation>Facultatif : le projet par défaut de la clé</translation>
    </message>
    <message>
        <source>Default project ID</source>
        <translation>ID du projet par défaut</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Région par défaut</translation>
    </message>
    <message>
        <source>Keep the secret key for this session only</source>
        <translation>Garder la clé secrète pour cette session uniquement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>Clé d’&amp;accès :</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clé &amp;secrète :</translation>
    </message>
    <message>
        <source>Default &amp;project:</source>
        <translation>&amp;Projet par défaut :</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Région par défaut :</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Explore the app with sample projects and tokens, without an account</source>
        <translation>Découvrir l’application avec des projets et jetons d’exemple, sans compte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>An access key is SCW followed by 17 capital letters or digits.</source>
        <translation>Une clé d’accès est SCW suivi de 17 lettres majuscules ou chiffres.</translation>
    </message>
    <message>
        <source>A secret key looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation>Une clé secrète ressemble à xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</translation>
    </message>
    <message>
        <source>A project ID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</source>
        <translation>Un ID de projet ressemble à xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the secret key cannot be saved. You can still sign in for this session: the key is forgotten when the app closes.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur : la clé secrète ne peut pas être enregistrée. Vous pouvez tout de même vous connecter pour cette session : la clé sera oubliée à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>S&amp;ign in for this session</source>
        <translation>Se &amp;connecter pour cette session</translation>
    </message>
    <message>
        <source>Checking the key with Scaleway…</source>
        <translation>Vérification de la clé auprès de Scaleway…</translation>
    </message>
    <message>
        <source>This API key has expired. Create a new one in the Scaleway console.</source>
        <translation>Cette clé d’API a expiré. Créez-en une nouvelle dans la console Scaleway.</translation>
    </message>
    <message>
        <source>Scaleway did not accept this key: the access key or the secret key is wrong, or the key was deleted.</source>
        <translation>Scaleway n’a pas accepté cette clé : la clé d’accès ou la clé secrète est erronée, ou la clé a été supprimée.</translation>
    </message>
    <message>
        <source>This key may not read its own details, so its default project is unknown. Enter the ID of a project it can use.</source>
        <translation>Cette clé ne peut pas lire ses propres détails : son projet par défaut est inconnu. Saisissez l’ID d’un projet qu’elle peut utiliser.</translation>
    </message>
    <message>
        <source>This key has no access to that project. Check the project ID, or give the key&apos;s IAM policy access to it.</source>
        <translation>Cette clé n’a pas accès à ce projet. Vérifiez l’ID du projet, ou donnez-lui accès dans la politique IAM de la clé.</translation>
    </message>
    <message>
        <source>This key lacks Cockpit permissions in that project (for example ObservabilityFullAccess). If the project or policy was created moments ago, wait a minute and retry.</source>
        <translation>Cette clé n’a pas les autorisations Cockpit dans ce projet (par exemple ObservabilityFullAccess). Si le projet ou la politique vient d’être créé, patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>Scaleway knows no API key with this access key: check it for typos.</source>
        <translation>Scaleway ne connaît aucune clé d’API avec cette clé d’accès : vérifiez qu’elle ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>Scaleway knows no project with this ID.</source>
        <translation>Scaleway ne connaît aucun projet avec cet ID.</translation>
    </message>
</context>
<context>
    <name>cockpit::SignInFlow</name>
    <message>
        <source>Sign in again to Scaleway</source>
        <translation>Se reconnecter à Scaleway</translation>
    </message>
</context>
<context>
    <name>cockpit::StatusBanners</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop deleting</source>
        <translation>Arrêter les suppressions</translation>
    </message>
    <message>
        <source>Send no more deletes; the tokens not deleted yet are kept</source>
        <translation>N’envoyer plus aucune suppression ; les jetons pas encore supprimés sont conservés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Arrêter le chargement</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Relancer le chargement</translation>
    </message>
    <message>
        <source>Retry the failed regions</source>
        <translation>Réessayer les régions en échec</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Tokens in %1 could not be refreshed: the table shows them as they were at %2, in italics.</source>
        <translation>Les jetons de %1 n’ont pas pu être actualisés : le tableau les montre tels qu’ils étaient à %2, en italique.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Tokens in %1 could not be loaded: the table has none of them.</source>
        <translation>Les jetons de %1 n’ont pas pu être chargés : le tableau n’en contient aucun.</translation>
    </message>
    <message>
        <source>The other regions are up to date.</source>
        <translation>Les autres régions sont à jour.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) could not be loaded: %1.</source>
        <translation>
            <numerusform>%n projet n’a pas pu être chargé : %1.</numerusform>
            <numerusform>%n projets n’ont pas pu être chargés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their earlier rows are shown as they were, in italics.</source>
        <translation>Leurs lignes précédentes sont affichées telles qu’elles étaient, en italique.</translation>
    </message>
    <message>
        <source>The other projects are up to date; Retry loads only these.</source>
        <translation>Les autres projets sont à jour ; Réessayer ne recharge que ceux-ci.</translation>
    </message>
</context>
<context>
    <name>cockpit::StatusSummary</name>
    <message>
        <source>Clipboard countdown</source>
        <translation>Compte à rebours du presse-papiers</translation>
    </message>
    <message>
        <source>Token counts</source>
        <translation>Nombre de jetons</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln regions</source>
        <translation>
            <numerusform>%Ln région</numerusform>
            <numerusform>%Ln régions</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 not refreshed)</source>
        <translation> (%1 non actualisée)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 sur %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln sélectionné</numerusform>
            <numerusform> · %Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Presse-papiers vidé dans %n s</numerusform>
            <numerusform>Presse-papiers vidé dans %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::TlsProblem</name>
    <message>
        <source>The certificate of %1 is made out to another name (%2): this is not the server you meant, or it is set up wrongly.</source>
        <translation>Le certificat de %1 est établi pour un autre nom (%2) : ce n’est pas le serveur voulu, ou il est mal configuré.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2. Check this computer&apos;s date; otherwise the server must renew it.</source>
        <translation>Le certificat de %1 a expiré le %2. Vérifiez la date de cet ordinateur ; sinon, le serveur doit le renouveler.</translation>
    </message>
    <message>
        <source>The certificate of %1 is only valid from %2. Check this computer&apos;s date and time.</source>
        <translation>Le certificat de %1 n’est valide qu’à partir du %2. Vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The certificate of %1 is signed by an authority this computer does not trust (%2). If your network inspects HTTPS, add its authority with SSL_CERT_FILE or SSL_CERT_DIR, as for the scw CLI.</source>
        <translation>Le certificat de %1 est signé par une autorité à laquelle cet ordinateur ne fait pas confiance (%2). Si votre réseau inspecte le HTTPS, ajoutez son autorité avec SSL_CERT_FILE ou SSL_CERT_DIR, comme pour la CLI scw.</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>émetteur inconnu</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Le certificat de %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>No secure connection could be set up with %1 (the TLS handshake failed). Check that the address is an HTTPS one and that no proxy or firewall is in the way.</source>
        <translation>Aucune connexion sécurisée n’a pu être établie avec %1 (échec de la négociation TLS). Vérifiez que l’adresse est bien en HTTPS et qu’aucun proxy ni pare-feu ne s’interpose.</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenActions</name>
    <message>
        <source>Copy ID</source>
        <translation>Copier l’ID</translation>
    </message>
    <message>
        <source>Copy regional ID</source>
        <translation>Copier l’ID régional</translation>
    </message>
    <message>
        <source>Copy Terraform import command</source>
        <translation>Copier la commande terraform import</translation>
    </message>
    <message>
        <source>Copy Terraform resource block</source>
        <translation>Copier le bloc de ressource Terraform</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Copy saved secret key</source>
        <translation>Copier la clé secrète enregistrée</translation>
    </message>
    <message>
        <source>Connect an agent…</source>
        <translation>Connecter un agent…</translation>
    </message>
    <message>
        <source>Configure an agent or Grafana with the secret key saved in the keychain</source>
        <translation>Configurer un agent ou Grafana avec la clé secrète enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>Copy the secret key saved in the keychain when the token was created</source>
        <translation>Copier la clé secrète enregistrée dans le trousseau à la création du jeton</translation>
    </message>
    <message>
        <source>Copy the token ID</source>
        <translation>Copier l’ID du jeton</translation>
    </message>
    <message>
        <source>Copy {region}/{id}, the ID Terraform and the CLI use</source>
        <translation>Copier {region}/{id}, l’ID utilisé par Terraform et la CLI</translation>
    </message>
    <message>
        <source>Copy a terraform import command for the token</source>
        <translation>Copier une commande terraform import pour le jeton</translation>
    </message>
    <message>
        <source>Copy a scaleway_cockpit_token resource that recreates the token&apos;s name and scopes</source>
        <translation>Copier une ressource scaleway_cockpit_token qui recrée le nom et les autorisations du jeton</translation>
    </message>
    <message>
        <source>Delete the selected tokens</source>
        <translation>Supprimer les jetons sélectionnés</translation>
    </message>
    <message>
        <source>Copied the ID of “%1”</source>
        <translation>ID de « %1 » copié</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n IDs</source>
        <translation>
            <numerusform>%n ID copié</numerusform>
            <numerusform>%n ID copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the regional ID of “%1”</source>
        <translation>ID régional de « %1 » copié</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n regional IDs</source>
        <translation>
            <numerusform>%n ID régional copié</numerusform>
            <numerusform>%n ID régionaux copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the import command for “%1”</source>
        <translation>Commande d’import de « %1 » copiée</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n import commands</source>
        <translation>
            <numerusform>%n commande d’import copiée</numerusform>
            <numerusform>%n commandes d’import copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the Terraform resource for “%1”</source>
        <translation>Ressource Terraform de « %1 » copiée</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n Terraform resources</source>
        <translation>
            <numerusform>%n ressource Terraform copiée</numerusform>
            <numerusform>%n ressources Terraform copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the token with a new one of the same name and permissions, then delete the old one</source>
        <translation>Remplacer le jeton par un nouveau de même nom et mêmes autorisations, puis supprimer l’ancien</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenDeleteFlow</name>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 of %Ln tokens…</source>
        <translation>
            <numerusform>Suppression de %1 sur %Ln jeton…</numerusform>
            <numerusform>Suppression de %1 sur %Ln jetons…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: deleted %1 of %Ln tokens; those not sent yet were kept.</source>
        <translation>
            <numerusform>Arrêté : %1 sur %Ln jeton supprimé ; ceux pas encore envoyés ont été conservés.</numerusform>
            <numerusform>Arrêté : %1 sur %Ln jetons supprimés ; ceux pas encore envoyés ont été conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln tokens: %1.</source>
        <translation>
            <numerusform>%Ln jeton supprimé : %1.</numerusform>
            <numerusform>%Ln jetons supprimés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln tokens.</source>
        <translation>
            <numerusform>%Ln jeton supprimé.</numerusform>
            <numerusform>%Ln jetons supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token could be deleted.</source>
        <translation>Aucun jeton n’a pu être supprimé.</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 tokens.</source>
        <translation>%1 jetons sur %2 supprimés.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>region, project</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenDetailsPanel</name>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Regional ID</source>
        <translation>ID régional</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Terraform code</source>
        <translation>Code Terraform</translation>
    </message>
    <message>
        <source>A terraform import command and a resource block that recreates the selected token</source>
        <translation>Une commande terraform import et un bloc de ressource qui recrée le jeton sélectionné</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Select a token to see its details.</source>
        <translation>Sélectionnez un jeton pour voir ses détails.</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens selected.</source>
        <translation>
            <numerusform>%n jeton sélectionné.</numerusform>
            <numerusform>%n jetons sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>ID du projet : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved in the keychain: %1 copies it.</source>
        <translation>Enregistrée dans le trousseau : %1 la copie.</translation>
    </message>
    <message>
        <source>Copy saved secret key</source>
        <translation>Copier la clé secrète enregistrée</translation>
    </message>
    <message>
        <source>Not saved, and never shown: the answer to its create was lost. Rotate it to get a secret key you can use.</source>
        <translation>Non enregistrée, et jamais montrée : la réponse à sa création a été perdue. Renouvelez le jeton pour obtenir une clé secrète utilisable.</translation>
    </message>
    <message>
        <source>Not saved: it was shown once, when the token was created.</source>
        <translation>Non enregistrée : elle n’a été montrée qu’une fois, à la création du jeton.</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenEmptyState</name>
    <message>
        <source>Create token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No tokens in %1 / %2</source>
        <translation>Aucun jeton dans %1 / %2</translation>
    </message>
    <message>
        <source>Tokens let agents push metrics, logs and traces to Cockpit and let Grafana query them. Create one in the region of the data it will serve.</source>
        <translation>Les jetons permettent aux agents d’envoyer métriques, logs et traces à Cockpit, et à Grafana de les interroger. Créez-en un dans la région des données qu’il servira.</translation>
    </message>
    <message>
        <source>No tokens match the filters</source>
        <translation>Aucun jeton ne correspond aux filtres</translation>
    </message>
    <message>
        <source>Try another search or permission, or clear the filters.</source>
        <translation>Essayez une autre recherche ou autorisation, ou effacez les filtres.</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenExportFlow</name>
    <message>
        <source>&amp;Export tokens shown…</source>
        <translation>&amp;Exporter les jetons affichés…</translation>
    </message>
    <message>
        <source>Save the tokens the table shows to a CSV or JSON file</source>
        <translation>Enregistrer les jetons affichés par le tableau dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, pour les tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln tokens</source>
        <translation>
            <numerusform>Exporter %Ln jeton</numerusform>
            <numerusform>Exporter %Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The tokens could not be exported to %1: %2</source>
        <translation>Les jetons n’ont pas pu être exportés dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln tokens to %1.</source>
        <translation>
            <numerusform>%Ln jeton exporté dans %1.</numerusform>
            <numerusform>%Ln jetons exportés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::TokenListFlow</name>
    <message>
        <source>No project is named “%1”: the table still shows %2.</source>
        <translation>Aucun projet ne s’appelle « %1 » : le tableau montre toujours %2.</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Reading the secret key from the keychain…</source>
        <translation>Lecture de la clé secrète dans le trousseau…</translation>
    </message>
    <message>
        <source>This profile cannot be used</source>
        <translation>Ce profil est inutilisable</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Chargement des projets…</translation>
    </message>
    <message>
        <source>Only the default project is listed</source>
        <translation>Seul le projet par défaut est listé</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>Could not load the projects</source>
        <translation>Impossible de charger les projets</translation>
    </message>
    <message>
        <source>Could not load the tokens of any project</source>
        <translation>Impossible de charger les jetons d’aucun projet</translation>
    </message>
    <message>
        <source>Could not load the tokens</source>
        <translation>Impossible de charger les jetons</translation>
    </message>
    <message>
        <source>The table shows the tokens as they were at the last refresh, in italics.</source>
        <translation>Le tableau montre les jetons tels qu’ils étaient à la dernière actualisation, en italique.</translation>
    </message>
    <message>
        <source>Loading was cancelled. The table shows the previous results.</source>
        <translation>Le chargement a été annulé. Le tableau affiche les résultats précédents.</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenLoadFlow</name>
    <message>
        <source>Loading tokens of %1 in %2…</source>
        <translation>Chargement des jetons de %1 dans %2…</translation>
    </message>
    <message>
        <source>Loading tokens of %1 in all regions…</source>
        <translation>Chargement des jetons de %1 dans toutes les régions…</translation>
    </message>
    <message numerus="yes">
        <source>Loading the tokens of %n project(s) again…</source>
        <translation>
            <numerusform>Nouveau chargement des jetons de %n projet…</numerusform>
            <numerusform>Nouveau chargement des jetons de %n projets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the tokens of all %n project(s)…</source>
        <translation>
            <numerusform>Chargement des jetons du projet…</numerusform>
            <numerusform>Chargement des jetons des %n projets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the tokens of all projects: %1 of %n project(s) done…</source>
        <translation>
            <numerusform>Chargement des jetons de tous les projets : %1 sur %n projet terminé…</numerusform>
            <numerusform>Chargement des jetons de tous les projets : %1 sur %n projets terminés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%1 sur %n projet</numerusform>
            <numerusform>%1 sur %n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n not refreshed)</source>
        <translation>
            <numerusform> (%n non actualisé)</numerusform>
            <numerusform> (%n non actualisés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cockpit::TokenRotateFlow</name>
    <message>
        <source>Rotate token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>Replace “%1” with a new token?</source>
        <translation>Remplacer « %1 » par un nouveau jeton ?</translation>
    </message>
    <message>
        <source>A new token named “%1” is created in %2, project “%3”, with the same permissions, and its secret key is shown once. The old token is deleted only after you confirm that the new secret key is saved.</source>
        <translation>Un nouveau jeton nommé « %1 » est créé dans %2, projet « %3 », avec les mêmes autorisations, et sa clé secrète est affichée une seule fois. L’ancien jeton n’est supprimé qu’après que vous avez confirmé que la nouvelle clé secrète est enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Create the &amp;new token</source>
        <translation>&amp;Créer le nouveau jeton</translation>
    </message>
    <message>
        <source>Another token is being created: rotate “%1” once it is done.</source>
        <translation>Un autre jeton est en cours de création : renouvelez « %1 » une fois celle-ci terminée.</translation>
    </message>
    <message>
        <source>Creating the new “%1”…</source>
        <translation>Création du nouveau « %1 »…</translation>
    </message>
    <message>
        <source>Could not rotate “%1”: an earlier create of this name in %2 may have succeeded, and the app does not know yet. Nothing was created or deleted.</source>
        <translation>Impossible de renouveler « %1 » : une création antérieure de ce nom dans %2 a peut-être réussi, et l’application ne le sait pas encore. Rien n’a été créé ni supprimé.</translation>
    </message>
    <message>
        <source>Could not rotate “%1”: the new token was not created. %2 Nothing was deleted.</source>
        <translation>Impossible de renouveler « %1 » : le nouveau jeton n’a pas été créé. %2 Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Could not rotate “%1”: the new token was created but its secret key was lost. The old token was kept.</source>
        <translation>Impossible de renouveler « %1 » : le nouveau jeton a été créé mais sa clé secrète a été perdue. L’ancien jeton a été conservé.</translation>
    </message>
    <message>
        <source>Could not rotate “%1”: the answer to the create request was lost and the app could not check whether the new token exists. %2 The old token was kept.</source>
        <translation>Impossible de renouveler « %1 » : la réponse à la demande de création a été perdue et l’application n’a pas pu vérifier si le nouveau jeton existe. %2 L’ancien jeton a été conservé.</translation>
    </message>
    <message>
        <source>Could not rotate “%1”: the answer to the create request was lost and the new token was not created. Nothing was deleted.</source>
        <translation>Impossible de renouveler « %1 » : la réponse à la demande de création a été perdue et le nouveau jeton n’a pas été créé. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Delete the old token</source>
        <translation>Supprimer l’ancien jeton</translation>
    </message>
    <message>
        <source>Delete the old “%1” of the project %2 in %3 (created %4, ID %5)?</source>
        <translation>Supprimer l’ancien « %1 » du projet %2 dans %3 (créé le %4, ID %5) ?</translation>
    </message>
    <message>
        <source>Delete it only once the new secret key is saved and your agents use it: anything still using the old token is refused from now on. If you keep it, both tokens exist until you delete one.</source>
        <translation>Ne le supprimez qu’une fois la nouvelle clé secrète enregistrée et utilisée par vos agents : tout ce qui utilise encore l’ancien jeton sera refusé dès maintenant. Si vous le conservez, les deux jetons existent jusqu’à ce que vous en supprimiez un.</translation>
    </message>
    <message>
        <source>The new secret key was neither copied nor saved: it cannot be shown again.</source>
        <translation>La nouvelle clé secrète n’a été ni copiée ni enregistrée : elle ne peut plus être affichée.</translation>
    </message>
    <message>
        <source>Also &amp;forget the old saved secret key in the keychain</source>
        <translation>Oublier aussi l’ancienne clé secrète enregistrée dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Forget the old saved secret key</source>
        <translation>Oublier l’ancienne clé secrète enregistrée</translation>
    </message>
    <message>
        <source>&amp;Keep both tokens</source>
        <translation>&amp;Conserver les deux jetons</translation>
    </message>
    <message>
        <source>&amp;Delete the old token</source>
        <translation>&amp;Supprimer l’ancien jeton</translation>
    </message>
    <message>
        <source>Kept the old “%1”: both tokens exist until you delete one.</source>
        <translation>Ancien « %1 » conservé : les deux jetons existent jusqu’à ce que vous en supprimiez un.</translation>
    </message>
    <message>
        <source>Rotated “%1”: the new token replaces the old one, which was deleted.</source>
        <translation>« %1 » renouvelé : le nouveau jeton remplace l’ancien, qui a été supprimé.</translation>
    </message>
    <message>
        <source>The new “%1” was created, but the old one could not be deleted: both tokens exist. Delete the old one (created %2) once the problem is solved.</source>
        <translation>Le nouveau « %1 » a été créé, mais l’ancien n’a pas pu être supprimé : les deux jetons existent. Supprimez l’ancien (créé le %2) une fois le problème résolu.</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenTableModel</name>
    <message>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <source>Regional ID: %1</source>
        <translation>ID régional : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1
Its secret key is saved in the keychain.</source>
        <translation>%1
Sa clé secrète est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>%1
Not refreshed: loading %2 failed. Shown as it was at %3.</source>
        <translation>%1
Non actualisé : le chargement de %2 a échoué. Affiché tel qu’il était le %3.</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>ID du projet : %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenTableView</name>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>The tokens of the project in the chosen regions. Ctrl+A selects all, Del deletes the selection, the Menu key or Shift+F10 opens the actions.</source>
        <translation>Les jetons du projet dans les régions choisies. Ctrl+A sélectionne tout, Suppr supprime la sélection, la touche Menu ou Maj+F10 ouvre les actions.</translation>
    </message>
</context>
<context>
    <name>cockpit::TokenToolBar</name>
    <message>
        <source>Permission filter</source>
        <translation>Filtre d’autorisation</translation>
    </message>
    <message>
        <source>Show only the tokens that have this permission</source>
        <translation>Afficher seulement les jetons ayant cette autorisation</translation>
    </message>
    <message>
        <source>Any permission</source>
        <translation>Toutes les autorisations</translation>
    </message>
    <message>
        <source>%1 (any data)</source>
        <translation>%1 (toutes données)</translation>
    </message>
    <message>
        <source>Per&amp;missions:</source>
        <translation>&amp;Autorisations :</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>Copy Terraform code for the selected tokens</source>
        <translation>Copier le code Terraform des jetons sélectionnés</translation>
    </message>
</context>
<context>
    <name>cockpit::WindowMenus</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Create token…</source>
        <translation>&amp;Créer un jeton…</translation>
    </message>
    <message>
        <source>Cancel &amp;loading</source>
        <translation>Annuler le c&amp;hargement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Cockpit Tokens</source>
        <translation>À &amp;propos de Cockpit Tokens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Cockpit Tokens</source>
        <translation>À propos de Cockpit Tokens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cockpit Tokens %1&lt;/h3&gt;&lt;p&gt;A desktop console for Scaleway Cockpit tokens: list, create and delete them in every region, with their secret keys kept in the system keychain.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cockpit Tokens %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour les jetons Cockpit de Scaleway : listez-les, créez-les et supprimez-les dans toutes les régions, avec leurs clés secrètes gardées dans le trousseau du système.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT. Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Scaleway Cockpit tokens.

Credentials come from the scw CLI&apos;s profiles (~/.config/scw/config.yaml, or SCW_CONFIG_PATH; SCW_PROFILE picks one) and the SCW_ACCESS_KEY, SCW_SECRET_KEY, SCW_DEFAULT_PROJECT_ID, SCW_DEFAULT_ORGANIZATION_ID, SCW_DEFAULT_REGION and SCW_API_URL environment variables, with the CLI&apos;s precedence, and from profiles signed in within the app (secret keys in the system keychain). Without any, the app starts in demo mode and offers to sign in.</source>
        <translation>Console de bureau pour les jetons Scaleway Cockpit.

Les identifiants proviennent des profils de la CLI scw (~/.config/scw/config.yaml, ou SCW_CONFIG_PATH ; SCW_PROFILE en choisit un) et des variables d’environnement SCW_ACCESS_KEY, SCW_SECRET_KEY, SCW_DEFAULT_PROJECT_ID, SCW_DEFAULT_ORGANIZATION_ID, SCW_DEFAULT_REGION et SCW_API_URL, avec la priorité de la CLI, ainsi que des profils connectés dans l’application (clés secrètes dans le trousseau du système). Sans aucun d’eux, l’application démarre en mode démo et propose de se connecter.</translation>
    </message>
    <message>
        <source>Run against the built-in Cockpit API emulator with sample projects and tokens.</source>
        <translation>Utiliser l’émulateur intégré de l’API Cockpit, avec des projets et jetons d’exemple.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first paint of the token table with rows, then quit.</source>
        <translation>Afficher les millisecondes écoulées du démarrage au premier affichage du tableau des jetons avec des lignes, puis quitter.</translation>
    </message>
    <message>
        <source>Show the app in this language (en, fr) instead of the saved choice or the system&apos;s.</source>
        <translation>Afficher l’application dans cette langue (en, fr) au lieu du choix enregistré ou de celle du système.</translation>
    </message>
    <message>
        <source>Displays the version and exits.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
</context>
</TS>
