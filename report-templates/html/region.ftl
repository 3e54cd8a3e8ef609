<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "partials/cards.ftl" as c>
<#import "partials/table.ftl" as t>
<#import "partials/chart.ftl" as ch>
<#-- The page of a region (the country, a province or a regency/city). Layout only: every text and
     figure arrives formatted in the model. -->
<@layout.page>
  <h1>${heading}</h1>
  <p class="lede">${lede}</p>
  <ul class="downloads">
    <#list downloads as link><li><a href="${link.href}"<#if link.download> download</#if>>${link.label}</a></li></#list>
  </ul>

  <section aria-labelledby="key-figures">
    <h2 id="key-figures">${labels.keyFigures}</h2>
    <#if partialNotice??><p class="partial-notice">${partialNotice}</p></#if>
    <@c.cards items=cards/>
  </section>

  <section aria-labelledby="findings">
    <h2 id="findings">${labels.findings}</h2>
    <ul class="findings">
      <#list findings as finding><li>${finding}</li></#list>
    </ul>
  </section>

  <#if map??>
  <section aria-labelledby="map">
    <h2 id="map">${map.title}</h2>
    <figure class="map">
      <div class="map-svg">${map.svg?no_esc}</div>
      <figcaption>
        <ul class="legend">
          <#list map.legend as item><li><span class="swatch" style="background:${item.colour}"></span>${item.label}</li></#list>
        </ul>
        <p class="caveat">${map.caveat}</p>
      </figcaption>
    </figure>
  </section>
  </#if>

  <#if regencyMap??>
  <section aria-labelledby="regency-map-heading">
    <h2 id="regency-map-heading">${regencyMap.title}</h2>
    <figure class="map regency-map" id="${regencyMap.id}">
      <figcaption>
        <span class="chart-title visually-hidden" id="${regencyMap.id}-title">${regencyMap.title}</span>
        <span class="chart-desc" id="${regencyMap.id}-desc">${regencyMap.description}</span>
      </figcaption>
      <div class="map-svg">${regencyMap.svg?no_esc}</div>
      <ul class="legend">
        <#list regencyMap.legend as item><li><span class="swatch" style="background:${item.colour}"></span>${item.label}</li></#list>
      </ul>
      <p class="caveat">${regencyMap.caveat}</p>
      <details>
        <summary>${regencyMap.tableLabel}</summary>
        <@t.table model=regencyMap.table/>
      </details>
    </figure>
  </section>
  </#if>

  <#if ranking??>
  <section aria-labelledby="ranking">
    <h2 id="ranking">${ranking.title}</h2>
    <#if ranking.chart??><@ch.chart model=ranking.chart/></#if>
    <@t.table model=ranking.table hint=labels.sortHint/>
  </section>
  </#if>

  <section aria-labelledby="trend">
    <h2 id="trend">${labels.trend}</h2>
    <@ch.chart model=trend/>
  </section>

  <section aria-labelledby="vulnerable">
    <h2 id="vulnerable">${labels.vulnerable}</h2>
    <p>${vulnerable.summary}</p>
    <#if vulnerable.chart??><@ch.chart model=vulnerable.chart/></#if>
    <@t.table model=vulnerable.table hint=labels.sortHint/>
  </section>

  <section aria-labelledby="budget">
    <h2 id="budget">${labels.budget}</h2>
    <@t.table model=budgets hint=labels.sortHint/>
  </section>

  <#if sharing??>
  <section aria-labelledby="sharing">
    <h2 id="sharing">${labels.sharing}</h2>
    <@t.table model=sharing.table hint=labels.sortHint/>
    <p class="caveat">${sharing.note}</p>
  </section>
  </#if>

  <#if effort??>
  <section aria-labelledby="effort">
    <h2 id="effort">${labels.effort}</h2>
    <@t.table model=effort.table hint=labels.sortHint/>
    <p class="caveat">${effort.note}</p>
  </section>
  </#if>

  <section aria-labelledby="regulation">
    <h2 id="regulation">${labels.regulation}</h2>
    <@t.table model=regulations hint=labels.sortHint/>
  </section>

  <#if warnings?has_content>
  <section aria-labelledby="data-quality">
    <h2 id="data-quality">${labels.dataQuality}</h2>
    <ul class="warnings"><#list warnings as warning><li>${warning}</li></#list></ul>
  </section>
  </#if>

  <#if children?has_content>
  <nav aria-labelledby="children">
    <h2 id="children">${labels.children}</h2>
    <ul class="children"><#list children as child><li><a href="${child.href}">${child.label}</a></li></#list></ul>
  </nav>
  </#if>
</@layout.page>
