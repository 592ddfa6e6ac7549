#!/usr/bin/env bash
# Records what the widgets exchange with a real WordPress: Debian's `wordpress`
# package on MariaDB and Apache (mod_php), all on loopback, set up by site.php,
# then recorded by record.mjs into test/fixtures/wordpress/. Everything it
# starts is stopped when it ends, also when a step fails.
#
#   bash scripts/wordpress/record.sh          # install (apt-get), set up, record
#   WP_PORT=8181 bash scripts/wordpress/record.sh
#
# Needs root (apt-get, MariaDB's own user, Apache's www-data) and Node 20.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/wordpress
port=${WP_PORT:-8181}
rules_port=$((port + 1))
readme_port=$((port + 2))
out=${WP_FIXTURES:-test/fixtures/wordpress}
config_name=portal-widgets-record
config_link=/etc/wordpress/config-$config_name.php

packages=(wordpress wordpress-l10n mariadb-server libapache2-mod-php php-mysql php-gd php-cli)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
wordpress=$(dpkg-query -W -f='${Version}' wordpress)
echo "== WordPress $wordpress (Debian)"

site=$(mktemp -d)
chmod 755 "$site"

stop() {
  status=$?
  set +e
  if [ -f "$site/apache.pid" ]; then
    pid=$(cat "$site/apache.pid")
    kill "$pid" 2>/dev/null
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  if [ -n "${mariadb_pid:-}" ]; then
    kill "$mariadb_pid" 2>/dev/null
    wait "$mariadb_pid" 2>/dev/null
  fi
  if [ "$status" -ne 0 ]; then
    for log in "$site"/*.log "$site"/run/*.log; do [ -f "$log" ] && { echo "== $log"; tail -n 20 "$log"; }; done
  fi
  [ -L "$config_link" ] && rm -f "$config_link"
  rm -rf "$site"
  exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

echo "== MariaDB on a socket"
mkdir -p "$site/db" "$site/run"
chown mysql:mysql "$site/db" "$site/run"
socket=$site/run/mariadb.sock
mariadb-install-db --no-defaults --user=mysql --datadir="$site/db" --skip-test-db >"$site/mariadb-install.log" 2>&1
mariadbd --no-defaults --user=mysql --datadir="$site/db" --skip-networking \
  --socket="$socket" --pid-file="$site/run/mariadb.pid" --log-error="$site/run/mariadb.log" &
mariadb_pid=$!
until mariadb-admin --socket="$socket" ping >/dev/null 2>&1; do
  kill -0 "$mariadb_pid" 2>/dev/null || { echo "MariaDB did not start"; exit 1; }
  sleep 0.2
done
mariadb --socket="$socket" -uroot <<'SQL'
CREATE DATABASE wordpress CHARACTER SET utf8mb4;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';
SQL

echo "== WordPress configuration"
mkdir -p "$site/wp-content/uploads" "$site/wp-content/mu-plugins"
# Debian's translations (wordpress-l10n), Vietnamese among them.
ln -s /usr/share/wordpress/wp-content/languages "$site/wp-content/languages"
cat >"$site/config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:$socket');
define('WP_HOME', 'http://portal.example');
define('WP_SITEURL', 'http://portal.example');
define('WP_CONTENT_DIR', '$site/wp-content');
define('WP_CONTENT_URL', 'http://portal.example/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
foreach (['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'] as \$salt) {
    define(\$salt . '_KEY', 'recorded-site-only-' . \$salt);
    define(\$salt . '_SALT', 'recorded-site-only-' . \$salt);
}
PHP
ln -sfn "$site/config.php" "$config_link"

echo "== Apache on 127.0.0.1:$port (:$rules_port with the feed CORS rule, :$readme_port with a rule on file names)"
modules=/usr/lib/apache2/modules
cat >"$site/apache.conf" <<CONF
ServerName portal.example
ServerRoot $site
DefaultRuntimeDir $site
PidFile $site/apache.pid
ErrorLog $site/apache.log
Mutex file:$site default
User www-data
Group www-data
Listen 127.0.0.1:$port
Listen 127.0.0.1:$rules_port
Listen 127.0.0.1:$readme_port
LoadModule mpm_prefork_module $modules/mod_mpm_prefork.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule alias_module $modules/mod_alias.so
LoadModule dir_module $modules/mod_dir.so
LoadModule env_module $modules/mod_env.so
LoadModule headers_module $modules/mod_headers.so
LoadModule mime_module $modules/mod_mime.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule php_module $modules/libphp8.2.so
StartServers 2
MaxRequestWorkers 4
TypesConfig /etc/mime.types
DirectoryIndex index.php
<FilesMatch "\.php$">
    SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG $config_name
DocumentRoot /usr/share/wordpress
Alias /wp-content $site/wp-content
<Directory $site/wp-content>
    Require all granted
</Directory>
<Directory /usr/share/wordpress>
    Require all granted
    # WordPress's own rules for pretty permalinks (its .htaccess).
    RewriteEngine On
    RewriteBase /
    RewriteRule ^index\.php$ - [L]
    RewriteCond %{REQUEST_FILENAME} !-f
    RewriteCond %{REQUEST_FILENAME} !-d
    RewriteRule . /index.php [L]
</Directory>
<VirtualHost 127.0.0.1:$port>
</VirtualHost>
<VirtualHost 127.0.0.1:$rules_port>
$(cat docs/wordpress/feed-cors.apache.conf)
</VirtualHost>
<VirtualHost 127.0.0.1:$readme_port>
    # The rule for feeds that are files, which WordPress's feeds are not.
    <FilesMatch "\.(rss|xml)$">
        Header set Access-Control-Allow-Origin "*"
    </FilesMatch>
</VirtualHost>
CONF
apache2 -f "$site/apache.conf" -k start

echo "== the site's content (site.php)"
WORDPRESS_CONFIG=$config_name php "$here/site.php" install
WORDPRESS_CONFIG=$config_name php "$here/site.php" content

echo "== recording into $out"
node "$here/record.mjs" --origin "http://127.0.0.1:$port" --rules-origin "http://127.0.0.1:$rules_port" \
  --file-rule-origin "http://127.0.0.1:$readme_port" \
  --mu-plugins "$site/wp-content/mu-plugins" --out "$out" --wordpress "$wordpress (Debian)"
