<#ftl output_format="HTML">
<#-- Key-figure cards: label, value, context line. -->
<#macro cards items>
<ul class="cards">
  <#list items as card>
  <li class="card">
    <span class="card-label">${card.label}</span>
    <span class="card-value">${card.value}</span>
    <span class="card-note">${card.note}</span>
  </li>
  </#list>
</ul>
</#macro>
