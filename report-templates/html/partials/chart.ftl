<#ftl output_format="HTML">
<#import "table.ftl" as t>
<#-- A chart: inline SVG drawn by the same chart module as the PDFs, with its title, a description
     for readers who cannot see it, and the data table it shows. -->
<#macro chart model>
<figure class="chart" id="${model.id}">
  <figcaption>
    <span class="chart-title" id="${model.id}-title">${model.title}</span>
    <span class="chart-desc" id="${model.id}-desc">${model.description}</span>
  </figcaption>
  <div class="chart-svg wide">${model.svg?no_esc}</div>
  <div class="chart-svg narrow">${model.narrowSvg?no_esc}</div>
  <details>
    <summary>${model.tableLabel}</summary>
    <@t.table model=model.table/>
  </details>
</figure>
</#macro>
