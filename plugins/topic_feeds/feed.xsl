<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an Atom or RSS feed opened in a browser as a readable page. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="utf-8" indent="yes"/>
  <xsl:template match="/">
    <html>
      <xsl:attribute name="lang">
        <xsl:value-of select="atom:feed/@xml:lang | rss/channel/language"/>
      </xsl:attribute>
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:feed/atom:title | rss/channel/title"/> (feed)</title>
        <style>
          body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 1.0625rem/1.6 Georgia, serif; color: #1a1a1a; background: #fdfcf8; }
          @media (prefers-color-scheme: dark) { body { color: #eee; background: #141414; } a { color: #ff8a8a; } }
          a { color: #a4161a; }
          .about { font-family: system-ui, sans-serif; font-size: .9rem; border: 1px solid #8885; padding: .75rem; }
          code { overflow-wrap: anywhere; }
          time { font-family: system-ui, sans-serif; font-size: .85rem; color: #666; }
        </style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="atom:feed/atom:title | rss/channel/title"/></h1>
          <p class="about">This is a news feed. To follow it, copy its address into your feed reader:
            <code><xsl:value-of select="atom:feed/atom:link[@rel='self']/@href | rss/channel/atom:link[@rel='self']/@href"/></code>
            <br/><a><xsl:attribute name="href"><xsl:value-of select="atom:feed/atom:link[@rel='alternate']/@href | rss/channel/link"/></xsl:attribute>Open the page on the site</a>
          </p>
          <xsl:for-each select="atom:feed/atom:entry | rss/channel/item">
            <article>
              <h2><a><xsl:attribute name="href"><xsl:value-of select="atom:link[@rel='alternate']/@href | link"/></xsl:attribute><xsl:value-of select="atom:title | title"/></a></h2>
              <time><xsl:value-of select="atom:published | pubDate"/></time>
            </article>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
