<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every page: head with the Content-Security-Policy, header with breadcrumbs and
     the language switch, main content, footer with provenance. Receives a pre-formatted model. -->
<#macro page>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<meta name="description" content="${description}">
<title>${title}</title>
<meta property="og:type" content="website">
<meta property="og:title" content="${preview.title}">
<meta property="og:description" content="${preview.description}">
<meta property="og:locale" content="${preview.locale}">
<#if preview.url??><meta property="og:url" content="${preview.url}">
</#if><#if preview.image??><meta property="og:image" content="${preview.image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${preview.width}">
<meta property="og:image:height" content="${preview.height}">
<meta property="og:image:alt" content="${preview.alt}">
</#if><meta name="twitter:card" content="<#if preview.image??>summary_large_image<#else>summary</#if>">
<link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">
<link rel="icon" href="${root}assets/favicon-32.png" type="image/png" sizes="32x32">
<link rel="stylesheet" href="${root}assets/style.css">
<script src="${root}assets/site.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${labels.skip}</a>
<header class="site-header">
  <div class="wrap">
    <p class="office">${office}</p>
    <nav class="top" aria-label="${labels.navigation}">
      <ol class="breadcrumbs">
        <#list breadcrumbs as crumb>
          <li><#if crumb.href?has_content><a href="${crumb.href}">${crumb.label}</a><#else><span aria-current="page">${crumb.label}</span></#if></li>
        </#list>
      </ol>
      <a class="lang" href="${languageSwitch.href}" hreflang="${languageSwitch.lang}" lang="${languageSwitch.lang}">${languageSwitch.label}</a>
    </nav>
  </div>
</header>
<main id="main" class="wrap">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <#list notes as note><p>${note}</p></#list>
    <p lang="id">${credit}</p>
  </div>
</footer>
</body>
</html>
</#macro>
