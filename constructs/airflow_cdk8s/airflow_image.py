"""Facts about the Airflow image (and the Astro agent image built on it): its user and its folders.

The root filesystem of our containers is read-only, so every folder Airflow writes to is a volume;
these are the paths the images use.
"""

from __future__ import annotations

AIRFLOW_UID = 50000  # the uid of the Airflow and Astro agent images
AIRFLOW_HOME = "/opt/airflow"
LOGS_DIR = f"{AIRFLOW_HOME}/logs"  # [logging] base_log_folder
DAGS_DIR = f"{AIRFLOW_HOME}/dags"  # [core] dags_folder
AIRFLOW_CFG = f"{AIRFLOW_HOME}/airflow.cfg"
WEBSERVER_CONFIG = f"{AIRFLOW_HOME}/webserver_config.py"
