package dev.node4j.http;

/**
 * A message's start line and headers as Node's parser hands them to JS: raw headers as received
 * (name, value, ...; values without trailing spaces), method and url for requests, status for
 * responses.
 */
record MessageHead(int versionMajor, int versionMinor, String[] rawHeaders, String method, String url,
                   int statusCode, String statusMessage, boolean upgrade, boolean shouldKeepAlive) {
}
