<?php
/**
 * Plugin Name: Feed CORS for portal-widgets
 * Description: Lets pages on other sites read this site's RSS and Atom feeds (/feed/, /feed/atom/, ?feed=rss2, a category's /feed/ …), as WordPress's REST API already allows.
 *
 * Copy this file into wp-content/mu-plugins/: must-use plugins load without being activated.
 */

// `wp_headers` is where WordPress sets a feed's own headers (Content-Type,
// ETag, a 304 for a conditional request), once the request is parsed and before
// it answers, so the header is also on the redirect WordPress sends from
// `?feed=rss2` to `/feed/`: a browser reading another origin needs it on both.
add_filter('wp_headers', static function (array $headers, WP $wp): array {
    if (!empty($wp->query_vars['feed'])) {
        $headers['Access-Control-Allow-Origin'] = '*';
    }
    return $headers;
}, 10, 2);
